package cn.gdftu.twocoverage.ingest;

import java.util.List;

/**
 * Where {@link CityCheck} streams its verdicts, in file order: every accepted union and contract row,
 * every skipped line and every rejection as its line is read; then, once every row is read, the
 * contracts whose rows disagree, with the rejections of all their rows (accepted earlier, withdrawn
 * now). When the check ends {@code rejected}, nothing it streamed counts: the return is unusable.
 */
public interface ReturnSink {

	/** An {@link Organization}, a {@link Contract}, a {@link SkippedLine} or a {@link RowRejection}. */
	void accept(LineOutcome outcome);

	/**
	 * A contract's rows turned out inconsistent (SPEC §5): each row of it, earlier passed to
	 * {@link #accept} as a {@link Contract}, is rejected now.
	 */
	void inconsistent(String contractId, List<RowRejection> rejections);

	/** A sink that keeps only the rejections, in the order they come: what a city must fix. */
	static ReturnSink rejections(List<RowRejection> into) {
		return new ReturnSink() {

			@Override
			public void accept(LineOutcome outcome) {
				if (outcome instanceof RowRejection rejection) {
					into.add(rejection);
				}
			}

			@Override
			public void inconsistent(String contractId, List<RowRejection> rejections) {
				into.addAll(rejections);
			}
		};
	}
}
