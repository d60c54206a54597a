package cn.gdftu.twocoverage.accounts;

import java.util.regex.Pattern;

/**
 * What an account's e-mail may be: a plain address of printable ASCII with no character that means
 * something in a mail header (no CR/LF, spaces, quotes, commas, angle brackets), so an address can never
 * add a header or a second recipient. Checked when an account is saved and again before each mail.
 */
public final class EmailAddress {

	static final int MAX_LENGTH = 254;

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private EmailAddress() {
	}

	public static boolean isPlain(String address) {
		return address != null && address.length() <= MAX_LENGTH && PLAIN.matcher(address).matches();
	}
}
