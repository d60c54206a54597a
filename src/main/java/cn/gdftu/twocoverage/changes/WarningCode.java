package cn.gdftu.twocoverage.changes;

/** The rules of SPEC §12 a return can trip; one code each, with the name an officer reads. */
public enum WarningCode {

	ROSTER_CHANGE("基层工会数大幅变化"),

	HEAD_COUNT_JUMP("人数成倍变化"),

	COMMITTEE_DROPPED("女职工委员会消失"),

	CONTRACT_DROPPED("未到期合同未报送"),

	RATE_DROP("覆盖率明显下降");

	private final String label;

	WarningCode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The code named in a form field or a URL; null when it is none of ours. */
	public static WarningCode parse(String text) {
		for (WarningCode code : values()) {
			if (code.name().equals(text)) {
				return code;
			}
		}
		return null;
	}
}
