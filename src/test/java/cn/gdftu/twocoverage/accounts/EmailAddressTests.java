package cn.gdftu.twocoverage.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An account's e-mail is one plain address that cannot add a mail header or a recipient. */
class EmailAddressTests {

	@Test
	void plainAddressesPass() {
		assertThat(EmailAddress.isPlain("wangfang@example.gov.cn")).isTrue();
		assertThat(EmailAddress.isPlain("gz.nvgong-bu+2026@mail.gdftu.org.cn")).isTrue();
	}

	@Test
	void anythingThatCouldAddAHeaderOrARecipientFails() {
		for (String bad : new String[] { "a@example.com\r\nBcc: b@example.com", "a@example.com\nX: y", "a@example.com, b@example.com",
				"a@example.com;b@example.com", "王芳 <a@example.com>", "\"a\"@example.com", "a @example.com", "a@example",
				"@example.com", "a@", "", "a@example.com\u0000", "邮箱@example.com" }) {
			assertThat(EmailAddress.isPlain(bad)).as(bad).isFalse();
		}
		assertThat(EmailAddress.isPlain(null)).isFalse();
		assertThat(EmailAddress.isPlain("a".repeat(64) + "@" + "b".repeat(190) + ".cn")).isFalse(); // over 254
	}
}
