package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * One city's return checked against SPEC §3, §5 and §8: the folder surveyed and resolved once, the
 * organizations source read and checked row by row, then the contracts source, then the inconsistent
 * contracts settled. Every verdict streams to a {@link ReturnSink}; the result is the city's
 * submission. The monthly job, {@code validate}, the collection site and the tests all run this one
 * check. Spring-free and stateless between calls: one instance serves any number of cities, one call
 * per thread at a time per city.
 */
public final class CityCheck {

	private final ReferenceData reference;

	private final WorkbookLimits limits;

	public CityCheck(ReferenceData reference) {
		this(reference, WorkbookLimits.DEFAULT);
	}

	public CityCheck(ReferenceData reference, WorkbookLimits limits) {
		this.reference = reference;
		this.limits = limits;
	}

	/**
	 * Checks the return in {@code folder} (a symbolic link is resolved once, here) for {@code cityCode}.
	 * No input makes it throw: a file that cannot be read rejects the city. Exceptions of the sink
	 * (an interrupted consumer) pass through.
	 */
	public CitySubmission check(String cityCode, Path folder, ReturnSink sink) {
		CityReturn.Survey survey = new CityReturn(cityCode, folder, this.limits).survey();
		if (survey instanceof CityReturn.Missing missing) {
			return CitySubmission.of(Submission.missing(cityCode, missing.message()), Map.of());
		}
		if (survey instanceof CityReturn.Rejected rejected) {
			return CitySubmission.rejected(cityCode, rejected.message(), Map.of());
		}
		return check(cityCode, (CityReturn.Ready) survey, sink);
	}

	/** Checks a return already surveyed as ready (the monthly job surveys every city first). */
	public CitySubmission check(String cityCode, CityReturn.Ready ready, ReturnSink sink) {
		return read(cityCode, ready, sink);
	}

	private CitySubmission read(String cityCode, CityReturn.Ready ready, ReturnSink sink) {
		CityRules rules = new CityRules(this.reference, cityCode);
		Map<ReturnKind, String> sources = new EnumMap<>(ReturnKind.class);
		try {
			for (ReturnKind kind : ReturnKind.values()) {
				try (ReturnReader reader = ready.source(kind).open()) {
					sources.put(kind, reader.source());
					readAll(kind, reader, rules, sink);
				}
				if (kind == ReturnKind.ORGANIZATIONS && rules.organizationsRows() == 0) {
					return CitySubmission.rejected(cityCode, sources.get(kind)
							+ " 没有数据行（只有表头），请填写基层工会台账后重新报送", sources);
				}
			}
		}
		catch (ReturnRejectedException ex) {
			return CitySubmission.rejected(cityCode, ex.getMessage(), sources);
		}
		catch (IOException ex) {
			return CitySubmission.rejected(cityCode, "文件无法读取（" + ex.getMessage() + "），请重新报送", sources);
		}
		String contracts = sources.get(ReturnKind.CONTRACTS);
		for (String contractId : rules.inconsistentContracts()) {
			List<RowRejection> rejections = rules.rejectInconsistent(contractId).stream()
				.map((r) -> r.in(contracts)).toList();
			sink.inconsistent(contractId, rejections);
		}
		Submission submission = new Submission(cityCode, SubmissionStatus.SUBMITTED, rules.organizationsRows(),
				rules.organizationsAccepted(), rules.contractsRows(), rules.contractsAccepted(), rules.rejectedRows(),
				rules.skippedLines(), SubmissionMessages.submitted(cityCode, rules.rejectedRows(), rules.skippedLines()));
		return CitySubmission.of(submission, sources);
	}

	private static void readAll(ReturnKind kind, ReturnReader reader, CityRules rules, ReturnSink sink)
			throws ReturnRejectedException {
		String source = reader.source();
		ReturnLine line;
		while ((line = reader.next()) != null) {
			LineOutcome outcome = rules.check(new CityLine(kind, line));
			sink.accept((outcome instanceof RowRejection rejection) ? rejection.in(source) : outcome);
		}
	}
}
