package cn.gdftu.twocoverage.ingest;

import java.util.List;

/** The women-workers' organisation a union has (女职工组织). */
public enum WomenOrg implements CodedValue {

	COMMITTEE("committee", "女职工委员会"), COMMISSIONER("commissioner", "女职工委员"), NONE("none", "无");

	private final String code;

	private final List<String> words;

	WomenOrg(String code, String... words) {
		this.code = code;
		this.words = List.of(words);
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
	public static WomenOrg parse(String cell) {
		return CodedValue.parse(values(), cell);
	}

	public static WomenOrg fromCode(String code) {
		return CodedValue.fromCode(values(), code);
	}
}
