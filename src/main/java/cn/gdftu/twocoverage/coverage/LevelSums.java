package cn.gdftu.twocoverage.coverage;

/** What figures.sql returns: one level's code and its unit sums. */
record LevelSums(String level, String code, String parentCode, long orgUnitsDenom, long orgUnitsCovered,
		long orgPeopleDenom, long orgPeopleCovered, long contractUnitsDenom, long contractUnitsCovered,
		long contractPeopleDenom, long contractPeopleCovered) {

	String key() {
		return this.level + '/' + this.code;
	}

	Figures figures() {
		return new Figures(this.orgUnitsDenom, this.orgUnitsCovered, this.orgPeopleDenom, this.orgPeopleCovered,
				this.contractUnitsDenom, this.contractUnitsCovered, this.contractPeopleDenom,
				this.contractPeopleCovered);
	}
}
