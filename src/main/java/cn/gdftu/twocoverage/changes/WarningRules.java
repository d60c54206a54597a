package cn.gdftu.twocoverage.changes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.gdftu.twocoverage.coverage.Rate;
import cn.gdftu.twocoverage.ingest.WomenOrg;

/**
 * SPEC §12's warnings from what SPEC §11 found for one city: its {@link Movement}, its
 * {@link UnusualUnion}s and {@link VanishedContract}s — the very rows of the report's list of unusual
 * changes, with its thresholds. The one place that turns them into warnings, for the upload
 * ({@link ReturnWarnings}) and the job ({@link PeriodChanges#warnings}) alike.
 */
public record WarningRules(ChangeThresholds changes, ReviewThresholds review) {

	public static final WarningRules DEFAULTS = new WarningRules(ChangeThresholds.DEFAULTS, ReviewThresholds.DEFAULTS);

	public List<Warning> warnings(String previousPeriod, Movement movement, List<UnusualUnion> unions,
			List<VanishedContract> contracts) {
		List<Warning> warnings = new ArrayList<>();
		if (movement == null) {
			return warnings;
		}
		if (this.changes.rosterJumped(movement.unionsPrevious(), movement.unionsCurrent())) {
			warnings.add(new Warning(WarningCode.ROSTER_CHANGE, "", "", "", Long.toString(movement.unionsPrevious()),
					Long.toString(movement.unionsCurrent()),
					"基层工会数由上期（" + previousPeriod + "）的 " + movement.unionsPrevious() + " 个变为 "
							+ movement.unionsCurrent() + " 个，变化超过 " + Rate.target(this.changes.rosterChange())
							+ "：请核对是否漏报或重复报送了某个区县、某张工作表。"));
		}
		for (UnusualUnion u : unions) {
			jump(warnings, u, u.employeesJump(), "职工人数", u.employeesPrevious(), u.employeesCurrent());
			jump(warnings, u, u.womenEmployeesJump(), "女职工人数", u.womenEmployeesPrevious(), u.womenEmployeesCurrent());
			jump(warnings, u, u.womenMembersJump(), "女会员人数", u.womenMembersPrevious(), u.womenMembersCurrent());
			if (u.committeeDropped()) {
				warnings.add(new Warning(WarningCode.COMMITTEE_DROPPED, u.employerId(), u.employerName(), "",
						u.womenOrgPrevious(), u.womenOrgCurrent(),
						u.employerName() + "上期有" + WomenOrg.COMMITTEE.chineseName() + "，本期填“"
								+ WomenOrg.NONE.chineseName() + "”，而女会员有 " + u.womenMembersCurrent() + " 人：请核对是否漏填，或说明委员会撤销的原因。"));
			}
		}
		for (VanishedContract c : contracts) {
			warnings.add(new Warning(WarningCode.CONTRACT_DROPPED, "", c.firstEmployer(), c.contractId(),
					c.effectiveFrom() + " 至 " + c.expiresOn(), "",
					"合同 " + c.contractId() + "（" + c.firstEmployer() + (c.employers() > 1 ? "等 " + c.employers() + " 家" : "")
							+ "）上期在有效期内、到 " + c.expiresOn() + " 才到期，本期没有报送：请核对是否漏报，或说明合同提前终止的原因。"));
		}
		rateDrop(warnings, "女职工组织覆盖率", Rate.of(movement.orgUnitsCoveredPrevious(), movement.orgUnitsDenomPrevious()),
				Rate.of(movement.orgUnitsCoveredCurrent(), movement.orgUnitsDenomCurrent()), previousPeriod);
		rateDrop(warnings, "专项集体合同覆盖率",
				Rate.of(movement.contractUnitsCoveredPrevious(), movement.contractUnitsDenomPrevious()),
				Rate.of(movement.contractUnitsCoveredCurrent(), movement.contractUnitsDenomCurrent()), previousPeriod);
		return warnings;
	}

	private void jump(List<Warning> warnings, UnusualUnion u, boolean jumped, String what, long previous, long current) {
		if (jumped) {
			warnings.add(new Warning(WarningCode.HEAD_COUNT_JUMP, u.employerId(), u.employerName(), "",
					Long.toString(previous), Long.toString(current),
					u.employerName() + "的" + what + "由上期的 " + previous + " 变为 " + current + "，变化超过 "
							+ this.changes.headCountFactor() + " 倍：请核对是否多输或少输了位数。"));
		}
	}

	/** Coverage by units that fell by more than the setting, in percentage points of the 4-place rates. */
	private void rateDrop(List<Warning> warnings, String what, BigDecimal before, BigDecimal now, String previousPeriod) {
		if (before == null || now == null) {
			return;
		}
		BigDecimal points = before.subtract(now).movePointRight(2);
		if (points.compareTo(this.review.rateDropPoints()) > 0) {
			warnings.add(new Warning(WarningCode.RATE_DROP, "", "", "", Rate.percent(before), Rate.percent(now),
					"本市" + what + "（按单位）由上期（" + previousPeriod + "）的 " + Rate.percent(before) + " 降到 "
							+ Rate.percent(now) + "，下降超过 " + this.review.rateDropPoints().stripTrailingZeros().toPlainString()
							+ " 个百分点：请核对是否漏报，或说明下降的原因。"));
		}
	}
}
