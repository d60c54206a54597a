package cn.gdftu.twocoverage.review;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gdftu.twocoverage.changes.Warning;
import cn.gdftu.twocoverage.changes.WarningCode;

/**
 * The review of a city's current version (SPEC §12): its warnings, the city's explanations, the
 * province's decision (null before one) and the status they make. {@code version} is null when nothing
 * is stored; {@code previousPeriod} is the period compared with (null when none).
 */
public record CityReview(ReviewStatus status, Integer version, String previousPeriod, List<Warning> warnings,
		List<ReviewStore.Explanation> explanations, ReviewStore.Event decision) {

	public static final String EXPLAIN = "explain";

	public static final String APPROVE = "approve";

	public static final String RETURN = "return";

	static CityReview of(Integer version, boolean asFiles, String previousPeriod, List<Warning> warnings,
			List<ReviewStore.Explanation> explanations, List<ReviewStore.Event> events) {
		if (version == null || version == 0) {
			ReviewStatus status = (version != null || asFiles) ? ReviewStatus.AS_FILES : ReviewStatus.NONE;
			return new CityReview(status, version, null, List.of(), List.of(), null);
		}
		ReviewStore.Event decision = events.stream()
			.filter((e) -> e.version() == version && (APPROVE.equals(e.action()) || RETURN.equals(e.action())))
			.reduce((a, b) -> b).orElse(null);
		String lastExplained = explanations.stream().map(ReviewStore.Explanation::at).max(String::compareTo)
			.orElse(null);
		ReviewStatus status;
		if (decision != null && (lastExplained == null || decision.at().compareTo(lastExplained) >= 0)) {
			status = APPROVE.equals(decision.action()) ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
		}
		else {
			Set<String> explained = new LinkedHashSet<>();
			explanations.forEach((e) -> explained.add(e.code()));
			boolean all = codes(warnings).stream().allMatch((c) -> explained.contains(c.name()));
			status = all ? ReviewStatus.AWAITING_REVIEW : ReviewStatus.NEEDS_EXPLANATION;
		}
		return new CityReview(status, version, previousPeriod, warnings, explanations, decision);
	}

	/** The codes among the warnings, in the order of {@link WarningCode}. */
	public static Set<WarningCode> codes(List<Warning> warnings) {
		Set<WarningCode> codes = new java.util.TreeSet<>();
		warnings.forEach((w) -> codes.add(w.code()));
		return codes;
	}

	public Set<WarningCode> codes() {
		return codes(this.warnings);
	}

	/** The warnings grouped by code, in code order. */
	public Map<WarningCode, List<Warning>> byCode() {
		Map<WarningCode, List<Warning>> groups = new LinkedHashMap<>();
		for (WarningCode code : codes()) {
			groups.put(code, this.warnings.stream().filter((w) -> w.code() == code).toList());
		}
		return groups;
	}

	/** The city's explanation of a code, or null. */
	public ReviewStore.Explanation explanation(WarningCode code) {
		return this.explanations.stream().filter((e) -> e.code().equals(code.name())).findFirst().orElse(null);
	}

	/** How many of the codes the city has explained. */
	public int explained() {
		return (int) codes().stream().filter((c) -> explanation(c) != null).count();
	}

	/** SPEC §12's {@code review} object. */
	public Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("status", this.status.code());
		json.put("status_label", this.status.label());
		json.put("version", this.version);
		json.put("previous_period", this.previousPeriod);
		json.put("warnings", this.warnings.stream().map(CityReview::warningJson).toList());
		json.put("explanations", this.explanations.stream().map((e) -> {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("code", e.code());
			x.put("text", e.text());
			x.put("by", e.by());
			x.put("at", e.at());
			return x;
		}).toList());
		if (this.decision == null) {
			json.put("decision", null);
		}
		else {
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("decision", this.decision.action());
			d.put("reason", this.decision.reason());
			d.put("by", this.decision.account());
			d.put("at", this.decision.at());
			d.put("version", this.decision.version());
			json.put("decision", d);
		}
		return json;
	}

	public static Map<String, Object> warningJson(Warning w) {
		Map<String, Object> x = new LinkedHashMap<>();
		x.put("code", w.code().name());
		x.put("employer_id", w.employerId());
		x.put("employer_name", w.employerName());
		x.put("contract_id", w.contractId());
		x.put("previous", w.previous());
		x.put("current", w.current());
		x.put("message", w.message());
		return x;
	}
}
