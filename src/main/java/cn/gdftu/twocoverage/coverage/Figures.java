package cn.gdftu.twocoverage.coverage;

import java.math.BigDecimal;

/** The four figures of SPEC §4 as unit sums; rates come from the sums, never from averaging rates. */
public record Figures(long orgUnitsDenom, long orgUnitsCovered, long orgPeopleDenom, long orgPeopleCovered,
		long contractUnitsDenom, long contractUnitsCovered, long contractPeopleDenom, long contractPeopleCovered) {

	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

	public BigDecimal orgUnitsRate() {
		return Rate.of(this.orgUnitsCovered, this.orgUnitsDenom);
	}

	public BigDecimal orgPeopleRate() {
		return Rate.of(this.orgPeopleCovered, this.orgPeopleDenom);
	}

	public BigDecimal contractUnitsRate() {
		return Rate.of(this.contractUnitsCovered, this.contractUnitsDenom);
	}

	public BigDecimal contractPeopleRate() {
		return Rate.of(this.contractPeopleCovered, this.contractPeopleDenom);
	}

	public Figures plus(Figures other) {
		return new Figures(this.orgUnitsDenom + other.orgUnitsDenom, this.orgUnitsCovered + other.orgUnitsCovered,
				this.orgPeopleDenom + other.orgPeopleDenom, this.orgPeopleCovered + other.orgPeopleCovered,
				this.contractUnitsDenom + other.contractUnitsDenom,
				this.contractUnitsCovered + other.contractUnitsCovered,
				this.contractPeopleDenom + other.contractPeopleDenom,
				this.contractPeopleCovered + other.contractPeopleCovered);
	}
}
