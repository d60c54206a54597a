package cn.gdftu.twocoverage.changes;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a change is unusual enough for a person to check ({@code two-coverage.changes.*}): a roster
 * that grew or shrank by more than {@code rosterChange} (a fraction, 0.20), a union whose employees,
 * women employees or women members changed more than {@code headCountFactor}-fold, a union that had a
 * committee and now reports none with {@code committeeWomenMembers} or more women members.
 */
@ConfigurationProperties("two-coverage.changes")
public record ChangeThresholds(@DefaultValue("0.20") BigDecimal rosterChange, @DefaultValue("10") int headCountFactor,
		@DefaultValue("10") int committeeWomenMembers) {

	public static final ChangeThresholds DEFAULTS = new ChangeThresholds(new BigDecimal("0.20"), 10, 10);

	public ChangeThresholds {
		if (rosterChange == null || rosterChange.signum() <= 0) {
			throw new IllegalArgumentException(
					"two-coverage.changes.roster-change must be a fraction above 0, e.g. 0.20, got " + rosterChange);
		}
		if (headCountFactor < 2) {
			throw new IllegalArgumentException(
					"two-coverage.changes.head-count-factor must be 2 or more, e.g. 10, got " + headCountFactor);
		}
		if (committeeWomenMembers < 1) {
			throw new IllegalArgumentException(
					"two-coverage.changes.committee-women-members must be 1 or more, e.g. 10, got "
							+ committeeWomenMembers);
		}
	}

	/**
	 * A roster that grew or shrank by more than {@link #rosterChange} of its previous size; from an
	 * empty roster, any union at all.
	 */
	public boolean rosterJumped(long previous, long current) {
		BigDecimal change = BigDecimal.valueOf(Math.abs(current - previous));
		return change.compareTo(this.rosterChange.multiply(BigDecimal.valueOf(previous))) > 0;
	}
}
