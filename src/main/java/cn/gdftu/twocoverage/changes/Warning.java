package cn.gdftu.twocoverage.changes;

/**
 * A warning (提示, SPEC §12) on a city's return: which rule ({@code code}), the union
 * ({@code employerId}, {@code employerName}) or contract ({@code contractId}) it is about — empty for a
 * whole-return warning — the previous and current values, and a Chinese message saying what to check.
 */
public record Warning(WarningCode code, String employerId, String employerName, String contractId, String previous,
		String current, String message) {

	public Warning {
		employerId = (employerId == null) ? "" : employerId;
		employerName = (employerName == null) ? "" : employerName;
		contractId = (contractId == null) ? "" : contractId;
		previous = (previous == null) ? "" : previous;
		current = (current == null) ? "" : current;
	}
}
