package cn.gdftu.twocoverage.ingest;

/** A title line above the header or a totals row: skipped and counted as a warning, not an error. */
public record SkippedLine(ReturnKind file, int line, Kind kind) implements ReturnLine, LineOutcome {

	public enum Kind {

		TITLE("表头前的标题行已跳过"), TOTALS("合计行已跳过");

		private final String message;

		Kind(String message) {
			this.message = message;
		}

		public String message() {
			return this.message;
		}
	}
}
