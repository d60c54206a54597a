package cn.gdftu.twocoverage.ingest;

import java.util.List;

/** What a special collective contract covers: one employer, a region, or an industry (合同类型). */
public enum Scope implements CodedValue {

	ENTERPRISE("enterprise", "单独签订", "单独", "企业"), REGIONAL("regional", "区域性", "区域性"),
	INDUSTRY("industry", "行业性", "行业性");

	private final String code;

	private final String label;

	private final List<String> words;

	Scope(String code, String label, String... words) {
		this.code = code;
		this.label = label;
		this.words = List.of(words);
	}

	/** The name the report, its charts and slides show. */
	public String label() {
		return this.label;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public List<String> words() {
		return this.words;
	}

	public String chineseName() {
		return this.words.get(0);
	}

	/** The value a cell names (code or Chinese word), or null. */
	public static Scope parse(String cell) {
		return CodedValue.parse(values(), cell);
	}

	public static Scope fromCode(String code) {
		return CodedValue.fromCode(values(), code);
	}
}
