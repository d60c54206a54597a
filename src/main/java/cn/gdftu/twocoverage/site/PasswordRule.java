package cn.gdftu.twocoverage.site;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be (SPEC §13), the one rule for the browser and the command line: at least 10
 * characters, not the account's name, and within what bcrypt hashes (72 bytes of UTF-8).
 */
public final class PasswordRule {

	public static final int MIN_LENGTH = 10;

	static final int MAX_BYTES = 72;

	private PasswordRule() {
	}

	/** Empty when the password is acceptable for the account; else the Chinese reason. */
	public static Optional<String> problem(String account, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("密码至少 " + MIN_LENGTH + " 个字符");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("密码太长：最多 " + MAX_BYTES + " 字节（约 70 个英文字符或 24 个汉字）");
		}
		if (password.toLowerCase(Locale.ROOT).equals(account.toLowerCase(Locale.ROOT))) {
			return Optional.of("密码不能与账户名相同");
		}
		if (password.chars().anyMatch(Character::isISOControl)) {
			return Optional.of("密码不能包含换行或其他控制字符");
		}
		return Optional.empty();
	}
}
