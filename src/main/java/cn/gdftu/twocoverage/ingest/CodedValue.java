package cn.gdftu.twocoverage.ingest;

import java.util.List;

/**
 * A value of the SPEC written by its code or one of its Chinese words ({@code committee} 女职工委员会),
 * matched trimmed, case-insensitively and full-width folded.
 */
interface CodedValue {

	String code();

	/** The Chinese words that name the value; the first is its Chinese name. */
	List<String> words();

	/** The value a cell names among {@code values}, or null. */
	static <E extends CodedValue> E parse(E[] values, String cell) {
		String key = Cells.key(cell);
		for (E value : values) {
			if (value.code().equals(key) || value.words().contains(key)) {
				return value;
			}
		}
		return null;
	}

	static <E extends CodedValue> E fromCode(E[] values, String code) {
		for (E value : values) {
			if (value.code().equals(code)) {
				return value;
			}
		}
		throw new IllegalArgumentException(code);
	}
}
