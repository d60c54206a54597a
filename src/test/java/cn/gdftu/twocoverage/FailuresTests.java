package cn.gdftu.twocoverage;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTests {

	@Test
	void theInnermostCauseSpeaks() {
		Exception failure = new IllegalStateException("Error creating bean 'x'",
				new UncheckedIOException(new IOException("磁盘已满")));
		assertThat(Failures.rootMessage(failure)).isEqualTo("磁盘已满");
		assertThat(Failures.root(failure)).isInstanceOf(IOException.class);
	}

	@Test
	void aFailureWithoutCauseIsItsOwnRoot() {
		Exception failure = new IllegalArgumentException("bad port");
		assertThat(Failures.root(failure)).isSameAs(failure);
		assertThat(Failures.rootMessage(failure)).isEqualTo("bad port");
	}

	@Test
	void aRootWithoutMessageIsNamedByItsKindNotNull() {
		assertThat(Failures.rootMessage(new RuntimeException("wrapper", new NullPointerException())))
			.isEqualTo("NullPointerException");
	}
}
