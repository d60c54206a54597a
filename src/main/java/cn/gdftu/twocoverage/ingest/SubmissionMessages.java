package cn.gdftu.twocoverage.ingest;

/** The Chinese message of a city's line in submissions.csv: what happened and what to do next. */
public final class SubmissionMessages {

	private SubmissionMessages() {
	}

	public static String submitted(String cityCode, int rejectedRows, int skippedLines) {
		String message = (rejectedRows == 0) ? "已采用，无错误行"
				: "已采用；共拒绝" + rejectedRows + "行，请按rejects/" + cityCode + ".csv修改后重新报送";
		return (skippedLines == 0) ? message : message + "；跳过标题行或合计行" + skippedLines + "行";
	}

	public static String rejected(String why) {
		return "整份报送未采用：" + why;
	}
}
