package cn.gdftu.twocoverage.ingest;

import java.util.List;

/** The women-workers' organisation a union has (女职工组织). */
public enum WomenOrg {

	COMMITTEE("committee", "女职工委员会"), COMMISSIONER("commissioner", "女职工委员"), NONE("none", "无");

	private final String code;

	private final List<String> words;

	WomenOrg(String code, String... words) {
		this.code = code;
		this.words = List.of(words);
	}

	public String code() {
		return this.code;
	}

	public String chineseName() {
		return this.words.get(0);
	}

	/** The organisation a cell names (code or Chinese word), or null. */
	public static WomenOrg parse(String cell) {
		String key = Cells.key(cell);
		for (WomenOrg org : values()) {
			if (org.code.equals(key) || org.words.contains(key)) {
				return org;
			}
		}
		return null;
	}

	public static WomenOrg fromCode(String code) {
		for (WomenOrg org : values()) {
			if (org.code.equals(code)) {
				return org;
			}
		}
		throw new IllegalArgumentException(code);
	}
}
