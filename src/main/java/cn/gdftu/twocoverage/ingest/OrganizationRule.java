package cn.gdftu.twocoverage.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gdftu.twocoverage.reference.Ownership;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static cn.gdftu.twocoverage.ingest.Column.COUNTY_CODE;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYEES;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYER_ID;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYER_NAME;
import static cn.gdftu.twocoverage.ingest.Column.INDUSTRY;
import static cn.gdftu.twocoverage.ingest.Column.OWNERSHIP;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_EMPLOYEES;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_MEMBERS;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_ORG;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;

/**
 * The row rules of organizations.csv (SPEC §3 and §5) for one city's return. Rows must be checked in
 * file order: a later row whose employer was already accepted is a duplicate. The first broken rule,
 * in the SPEC's column order, is the reason given.
 */
public final class OrganizationRule {

	private final ReferenceData reference;

	private final String cityCode;

	private final Map<String, String> ownershipByWord = new HashMap<>();

	private final Map<String, Integer> acceptedAt = new HashMap<>();

	public OrganizationRule(ReferenceData reference, String cityCode) {
		this.reference = reference;
		this.cityCode = cityCode;
		for (Ownership ownership : reference.ownerships()) {
			this.ownershipByWord.put(ownership.code(), ownership.code());
			for (String alias : ownership.aliases()) {
				this.ownershipByWord.put(alias, ownership.code());
			}
		}
	}

	public Checked<Organization> check(ReturnRow row) {
		for (Column column : ORGANIZATIONS.columns()) {
			if (row.get(column).isEmpty()) {
				return rejected(row, column, Reason.MISSING_VALUE);
			}
		}
		// A control character (NUL…) makes the name unusable: rejected as not filled, with its own words.
		if (Cells.hasControl(row.get(EMPLOYER_NAME))) {
			return rejected(row, EMPLOYER_NAME, Reason.MISSING_VALUE);
		}
		String employerId = EmployerId.normalise(row.get(EMPLOYER_ID));
		if (!EmployerId.isValid(employerId)) {
			return rejected(row, EMPLOYER_ID, Reason.BAD_EMPLOYER_ID);
		}
		String county = Cells.fold(row.get(COUNTY_CODE));
		if (!this.reference.isCountyOf(county, this.cityCode)) {
			return rejected(row, COUNTY_CODE, Reason.BAD_COUNTY);
		}
		String industry = Cells.fold(row.get(INDUSTRY)).toUpperCase(Locale.ROOT);
		if (!this.reference.isIndustry(industry)) {
			return rejected(row, INDUSTRY, Reason.BAD_INDUSTRY);
		}
		String ownership = this.ownershipByWord.get(Cells.key(row.get(OWNERSHIP)));
		if (ownership == null) {
			return rejected(row, OWNERSHIP, Reason.BAD_OWNERSHIP);
		}
		int employees = Counts.parse(row.get(EMPLOYEES));
		if (employees < 1) {
			return rejected(row, EMPLOYEES, Reason.BAD_NUMBER);
		}
		int womenEmployees = Counts.parse(row.get(WOMEN_EMPLOYEES));
		if (womenEmployees == Counts.INVALID) {
			return rejected(row, WOMEN_EMPLOYEES, Reason.BAD_NUMBER);
		}
		int womenMembers = Counts.parse(row.get(WOMEN_MEMBERS));
		if (womenMembers == Counts.INVALID) {
			return rejected(row, WOMEN_MEMBERS, Reason.BAD_NUMBER);
		}
		WomenOrg womenOrg = WomenOrg.parse(row.get(WOMEN_ORG));
		if (womenOrg == null) {
			return rejected(row, WOMEN_ORG, Reason.BAD_WOMEN_ORG);
		}
		if (womenEmployees > employees) {
			return rejected(row, WOMEN_EMPLOYEES, Reason.INCONSISTENT_COUNTS);
		}
		if (womenMembers > womenEmployees) {
			return rejected(row, WOMEN_MEMBERS, Reason.INCONSISTENT_COUNTS);
		}
		Integer firstLine = this.acceptedAt.get(employerId);
		if (firstLine != null) {
			return new Checked.Rejected<>(RowRejection.of(ORGANIZATIONS, row.line(), row.columnName(EMPLOYER_ID),
					row.get(EMPLOYER_ID), Reason.DUPLICATE_EMPLOYER, "已在第" + firstLine + "行填报"));
		}
		this.acceptedAt.put(employerId, row.line());
		return new Checked.Accepted<>(new Organization(row.line(), employerId, row.get(EMPLOYER_NAME), county,
				industry, ownership, employees, womenEmployees, womenMembers, womenOrg));
	}

	/** The employers accepted so far: after the last row, the ones contracts may name. */
	public Set<String> acceptedEmployers() {
		return this.acceptedAt.keySet();
	}

	private static Checked<Organization> rejected(ReturnRow row, Column column, Reason reason) {
		return new Checked.Rejected<>(RowRejection.of(row, ORGANIZATIONS, column, reason));
	}
}
