package cn.gdftu.twocoverage.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Tests {

	@Test
	void theHexFormOfTheStandardTestVectors() {
		MessageDigest abc = Sha256.digest();
		abc.update("abc".getBytes(StandardCharsets.US_ASCII));
		assertThat(Sha256.hex(abc)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Sha256.hex(Sha256.digest()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void eachDigestStartsEmpty() {
		MessageDigest first = Sha256.digest();
		first.update((byte) 1);
		assertThat(Sha256.hex(Sha256.digest()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}
}
