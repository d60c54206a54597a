package cn.gdftu.twocoverage.review;

/**
 * The review status of a city's current version (SPEC §12), one value everywhere: page, JSON, CSV,
 * report and desk show {@link #code()} to scripts and {@link #label()} to people.
 */
public enum ReviewStatus {

	NEEDS_EXPLANATION("needs_explanation", "待说明"),

	AWAITING_REVIEW("awaiting_review", "待审核"),

	APPROVED("approved", "已通过"),

	RETURNED("returned", "已退回"),

	AS_FILES("as_files", "以文件送达"),

	/** Nothing stored for the period. */
	NONE("", "未报送");

	private final String code;

	private final String label;

	ReviewStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** The status of a code as pages and scripts name it ({@code ?review=returned}); null when none. */
	public static ReviewStatus parse(String code) {
		for (ReviewStatus status : values()) {
			if (status.code.equals(code)) {
				return status;
			}
		}
		return null;
	}
}
