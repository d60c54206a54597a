package cn.gdftu.twocoverage.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §13's password rule, the one used by /password and `users`. */
class PasswordRuleTests {

	@Test
	void atLeastTenCharactersCountedAsPeopleCountThem() {
		assertThat(PasswordRule.problem("gz", "123456789")).hasValue("密码至少 10 个字符");
		assertThat(PasswordRule.problem("gz", "1234567890")).isEmpty();
		assertThat(PasswordRule.problem("gz", "广东省总工会女职工部好")).isEmpty(); // 11 characters, 33 bytes
		assertThat(PasswordRule.problem("gz", null)).isPresent();
	}

	@Test
	void notTheAccountsNameInAnyCase() {
		assertThat(PasswordRule.problem("guangzhou-1", "Guangzhou-1")).hasValue("密码不能与账户名相同");
		assertThat(PasswordRule.problem("guangzhou-1", "guangzhou-12")).isEmpty();
	}

	@Test
	void withinWhatBcryptHashesAndOnOneLine() {
		assertThat(PasswordRule.problem("gz", "a".repeat(72))).isEmpty();
		assertThat(PasswordRule.problem("gz", "a".repeat(73))).get().asString().startsWith("密码太长");
		assertThat(PasswordRule.problem("gz", "one-line\nsecond")).hasValue("密码不能包含换行或其他控制字符");
	}
}
