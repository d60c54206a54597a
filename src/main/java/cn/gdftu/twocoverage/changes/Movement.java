package cn.gdftu.twocoverage.changes;

/**
 * What one city's roster did between its previous submitted period and this one (SPEC §11), in
 * union counts; or the sum of several cities. Besides the columns of changes.csv it carries each
 * rate's denominators and the same four movements for the women-workers' organisation, so that the
 * report's sentences explain both rates from one computation; {@code contractLapsed} is the part of
 * {@code contractNoLongerCovered} whose contracts simply expired.
 */
public record Movement(String cityCode, long unionsPrevious, long unionsCurrent, long added, long removed,
		long changed, long orgUnitsDenomPrevious, long orgUnitsDenomCurrent, long orgUnitsCoveredPrevious,
		long orgUnitsCoveredCurrent, long orgNewlyCovered, long orgNoLongerCovered, long orgCoveredAdded,
		long orgCoveredRemoved, long contractUnitsDenomPrevious, long contractUnitsDenomCurrent,
		long contractUnitsCoveredPrevious, long contractUnitsCoveredCurrent, long contractNewlyCovered,
		long contractNoLongerCovered, long contractCoveredAdded, long contractCoveredRemoved, long contractLapsed) {

	/** No city: the start of a sum. */
	public static Movement none(String code) {
		return new Movement(code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	public Movement plus(Movement o) {
		return new Movement(this.cityCode, this.unionsPrevious + o.unionsPrevious, this.unionsCurrent + o.unionsCurrent,
				this.added + o.added, this.removed + o.removed, this.changed + o.changed,
				this.orgUnitsDenomPrevious + o.orgUnitsDenomPrevious, this.orgUnitsDenomCurrent + o.orgUnitsDenomCurrent,
				this.orgUnitsCoveredPrevious + o.orgUnitsCoveredPrevious,
				this.orgUnitsCoveredCurrent + o.orgUnitsCoveredCurrent, this.orgNewlyCovered + o.orgNewlyCovered,
				this.orgNoLongerCovered + o.orgNoLongerCovered, this.orgCoveredAdded + o.orgCoveredAdded,
				this.orgCoveredRemoved + o.orgCoveredRemoved,
				this.contractUnitsDenomPrevious + o.contractUnitsDenomPrevious,
				this.contractUnitsDenomCurrent + o.contractUnitsDenomCurrent,
				this.contractUnitsCoveredPrevious + o.contractUnitsCoveredPrevious,
				this.contractUnitsCoveredCurrent + o.contractUnitsCoveredCurrent,
				this.contractNewlyCovered + o.contractNewlyCovered,
				this.contractNoLongerCovered + o.contractNoLongerCovered,
				this.contractCoveredAdded + o.contractCoveredAdded,
				this.contractCoveredRemoved + o.contractCoveredRemoved, this.contractLapsed + o.contractLapsed);
	}

	/** SPEC §11's identity; true for every row the SQL gives, by construction. */
	public boolean contractIdentityHolds() {
		return this.contractUnitsCoveredCurrent == this.contractUnitsCoveredPrevious + this.contractNewlyCovered
				- this.contractNoLongerCovered + this.contractCoveredAdded - this.contractCoveredRemoved;
	}
}
