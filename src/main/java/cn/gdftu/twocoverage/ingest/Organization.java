package cn.gdftu.twocoverage.ingest;

/** An accepted row of organizations.csv: one grassroots union and its employer. */
public record Organization(int line, String employerId, String employerName, String countyCode, String industry,
		String ownership, int employees, int womenEmployees, int womenMembers, WomenOrg womenOrg) implements LineOutcome {
}
