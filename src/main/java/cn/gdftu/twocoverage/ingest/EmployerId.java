package cn.gdftu.twocoverage.ingest;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z), the last one a check character over the first 17.
 */
public final class EmployerId {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private EmployerId() {
	}

	/** The form ids are stored and compared in: folded to half-width, trimmed, upper case. */
	public static String normalise(String cell) {
		return Cells.fold(cell).toUpperCase(Locale.ROOT);
	}

	/** Whether a normalised id has 18 valid characters and the right check character. */
	public static boolean isValid(String id) {
		if (id.length() != 18) {
			return false;
		}
		int check = checkValue(id.substring(0, 17));
		return check >= 0 && ALPHABET.charAt(check) == id.charAt(17);
	}

	/** The check character for the first 17 characters of an id, e.g. for making sample data. */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("need 17 characters, got " + first17.length());
		}
		int check = checkValue(first17);
		if (check < 0) {
			throw new IllegalArgumentException("not a GB 32100 character in " + first17);
		}
		return ALPHABET.charAt(check);
	}

	private static int checkValue(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				return -1;
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return (check == 31) ? 0 : check;
	}
}
