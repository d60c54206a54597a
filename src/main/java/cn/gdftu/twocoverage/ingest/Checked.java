package cn.gdftu.twocoverage.ingest;

/** The verdict of a rule on one row: the accepted value, or why the row is rejected. */
public sealed interface Checked<T> permits Checked.Accepted, Checked.Rejected {

	record Accepted<T>(T value) implements Checked<T> {
	}

	record Rejected<T>(RowRejection rejection) implements Checked<T> {
	}
}
