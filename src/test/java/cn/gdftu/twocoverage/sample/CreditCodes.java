package cn.gdftu.twocoverage.sample;

import cn.gdftu.twocoverage.ingest.EmployerId;

/**
 * Unified social credit codes for generated employers: registration type (91 enterprise, 12 public
 * institution, 52 private non-enterprise unit), the county code as characters 3–8, a 9-character
 * body and the GB 32100 check character from {@link EmployerId}. The body is a bijection of the
 * employer's index in its city, so two employers of one city never share a code.
 */
final class CreditCodes {

	/** The characters GB 32100 allows, asked of {@link EmployerId} rather than written again. */
	private static final char[] SYMBOLS = symbols();

	private static final long NEW_SPACE = pow(SYMBOLS.length, 7);

	private static final long OLD_SPACE = 1_000_000_000L;

	/**
	 * Multipliers near the golden section of each space and coprime with it: a bijection that sends
	 * neighbouring indexes far apart, so a roster's codes do not look issued in sequence.
	 */
	private static final long NEW_SCATTER = 17_003_730_639L;

	private static final long OLD_SCATTER = 618_033_989L;

	/** The largest index: {@code MAX_INDEX * NEW_SCATTER} still fits in a long. */
	static final long MAX_INDEX = 500_000_000L;

	private CreditCodes() {
	}

	/**
	 * The code of employer {@code index} of a city. Newer firms get a post-2015 body ({@code MA} and 7
	 * characters), older ones a 9-digit organisation code; {@code salt} varies the bodies by city. The
	 * index is at most {@link #MAX_INDEX}.
	 */
	static String of(String type, String countyCode, long index, long salt) {
		if (index < 0 || index > MAX_INDEX) {
			throw new IllegalArgumentException("employer index out of range: " + index);
		}
		StringBuilder id = new StringBuilder(18).append(type).append(countyCode);
		if (Math.floorMod(Seeds.mix(salt, index), 10) < 6) {
			long body = (index * NEW_SCATTER + Math.floorMod(salt, NEW_SPACE)) % NEW_SPACE;
			id.append("MA");
			char[] digits = new char[7];
			for (int i = 6; i >= 0; i--) {
				digits[i] = SYMBOLS[(int) (body % SYMBOLS.length)];
				body /= SYMBOLS.length;
			}
			id.append(digits);
		}
		else {
			long body = (index * OLD_SCATTER + Math.floorMod(salt, OLD_SPACE)) % OLD_SPACE;
			String digits = Long.toString(body);
			id.append("0".repeat(9 - digits.length())).append(digits);
		}
		return id.append(EmployerId.checkCharacter(id.toString())).toString();
	}

	/** The same code with a wrong check character: what a typo in the last place makes. */
	static String withWrongCheck(String id) {
		String first17 = id.substring(0, 17);
		char right = id.charAt(17);
		for (char wrong : SYMBOLS) {
			if (wrong != right && !EmployerId.isValid(first17 + wrong)) {
				return first17 + wrong;
			}
		}
		throw new IllegalStateException("no wrong check character for " + id);
	}

	private static char[] symbols() {
		StringBuilder symbols = new StringBuilder();
		for (char c : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
			try {
				EmployerId.checkCharacter("0000000000000000" + c);
				symbols.append(c);
			}
			catch (IllegalArgumentException notAllowed) {
				// I, O, S, V and Z are not GB 32100 characters.
			}
		}
		return symbols.toString().toCharArray();
	}

	private static long pow(long base, int exponent) {
		long result = 1;
		for (int i = 0; i < exponent; i++) {
			result *= base;
		}
		return result;
	}
}
