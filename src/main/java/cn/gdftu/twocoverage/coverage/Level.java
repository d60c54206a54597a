package cn.gdftu.twocoverage.coverage;

/** The levels of SPEC §4, in the order coverage.csv lists them. */
public enum Level {

	PROVINCE("province"), CITY("city"), COUNTY("county"), INDUSTRY("industry"), OWNERSHIP("ownership");

	private final String code;

	Level(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Level fromCode(String code) {
		for (Level level : values()) {
			if (level.code.equals(code)) {
				return level;
			}
		}
		throw new IllegalArgumentException(code);
	}
}
