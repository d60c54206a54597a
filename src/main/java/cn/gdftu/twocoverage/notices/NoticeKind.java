package cn.gdftu.twocoverage.notices;

/** Why a city is told something (SPEC §13); {@code code} is the JSON's {@code kind}. */
public enum NoticeKind {

	/** The province reminds the city to send (催报). */
	REMIND("remind", "催报"),

	/** The province sent the city's return back, with its reason (review, SPEC §12). */
	RETURNED("returned", "退回修改"),

	/** The province approved the city's return (review, SPEC §12). */
	APPROVED("approved", "审核通过");

	private final String code;

	private final String label;

	NoticeKind(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	static NoticeKind of(String code) {
		for (NoticeKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown notice kind " + code);
	}
}
