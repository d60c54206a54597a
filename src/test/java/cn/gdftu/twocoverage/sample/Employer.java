package cn.gdftu.twocoverage.sample;

import cn.gdftu.twocoverage.ingest.WomenOrg;

/** One union's row of organizations.csv for one month, in codes; the dress spells it. */
record Employer(String id, String name, String countyCode, String industry, String ownership, int employees,
		int womenEmployees, int womenMembers, WomenOrg womenOrg) {
}
