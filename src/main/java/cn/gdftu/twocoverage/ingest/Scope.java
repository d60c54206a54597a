package cn.gdftu.twocoverage.ingest;

import java.util.List;

/** What a special collective contract covers: one employer, a region, or an industry (合同类型). */
public enum Scope {

	ENTERPRISE("enterprise", "单独", "企业"), REGIONAL("regional", "区域性"), INDUSTRY("industry", "行业性");

	private final String code;

	private final List<String> words;

	Scope(String code, String... words) {
		this.code = code;
		this.words = List.of(words);
	}

	public String code() {
		return this.code;
	}

	public String chineseName() {
		return this.words.get(0);
	}

	/** The scope a cell names (code or Chinese word), or null. */
	public static Scope parse(String cell) {
		String key = Cells.key(cell);
		for (Scope scope : values()) {
			if (scope.code.equals(key) || scope.words.contains(key)) {
				return scope;
			}
		}
		return null;
	}

	public static Scope fromCode(String code) {
		for (Scope scope : values()) {
			if (scope.code.equals(code)) {
				return scope;
			}
		}
		throw new IllegalArgumentException(code);
	}
}
