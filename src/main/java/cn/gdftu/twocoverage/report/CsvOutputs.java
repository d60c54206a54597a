package cn.gdftu.twocoverage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

import org.apache.commons.csv.CSVPrinter;

import cn.gdftu.twocoverage.coverage.CoverageRow;
import cn.gdftu.twocoverage.coverage.ExpiringContract;
import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.coverage.Rate;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

/** The CSV files of SPEC §6: coverage, submissions, each city's rejects, expiring contracts. */
final class CsvOutputs {

	static final String[] COVERAGE_HEADER = { "period", "level", "code", "parent_code", "name", "org_units_denom",
			"org_units_covered", "org_units_rate", "org_people_denom", "org_people_covered", "org_people_rate",
			"contract_units_denom", "contract_units_covered", "contract_units_rate", "contract_people_denom",
			"contract_people_covered", "contract_people_rate" };

	static final String[] SUBMISSIONS_HEADER = { "period", "city_code", "city_name", "status", "organizations_rows",
			"organizations_accepted", "contracts_rows", "contracts_accepted", "rejected_rows", "message" };

	static final String[] EXPIRING_HEADER = { "period", "city_code", "city_name", "county_code", "county_name",
			"contract_id", "scope", "effective_from", "expires_on", "days_to_expiry", "covered_employers",
			"covered_women_employees" };

	static final String REJECTS = "rejects";

	private final ReportStore store;

	private final ReferenceData reference;

	CsvOutputs(ReportStore store, ReferenceData reference) {
		this.store = store;
		this.reference = reference;
	}

	void write(ReportData data, Path dir) throws IOException {
		writeCoverage(data, dir.resolve("coverage.csv"));
		writeSubmissions(data, dir.resolve("submissions.csv"));
		writeRejects(data, dir);
		writeExpiring(data, dir.resolve("expiring.csv"));
	}

	private void writeCoverage(ReportData data, Path file) throws IOException {
		try (CSVPrinter csv = CsvFiles.plain(file, COVERAGE_HEADER)) {
			for (CoverageRow row : data.coverage()) {
				Figures f = row.figures();
				csv.printRecord(data.period(), row.level().code(), row.code(), row.parentCode(), row.name(),
						f.orgUnitsDenom(), f.orgUnitsCovered(), Rate.text(f.orgUnitsRate()), f.orgPeopleDenom(),
						f.orgPeopleCovered(), Rate.text(f.orgPeopleRate()), f.contractUnitsDenom(),
						f.contractUnitsCovered(), Rate.text(f.contractUnitsRate()), f.contractPeopleDenom(),
						f.contractPeopleCovered(), Rate.text(f.contractPeopleRate()));
			}
		}
	}

	private void writeSubmissions(ReportData data, Path file) throws IOException {
		try (ExcelCsv csv = CsvFiles.forExcel(file, SUBMISSIONS_HEADER)) {
			for (Submission s : data.submissions()) {
				csv.printRecord(data.period(), s.cityCode(), cityName(s.cityCode()), s.status().code(), s.organizationsRows(),
						s.organizationsAccepted(), s.contractsRows(), s.contractsAccepted(), s.rejectedRows(),
						s.message());
			}
		}
	}

	/**
	 * The rejects file of a city's return, relative to the period's folder, or null when it has no
	 * rejected row: decides both which files are written and which the page links.
	 */
	static String rejectsFile(Submission s) {
		return (s.rejectedRows() == 0) ? null : REJECTS + "/" + s.cityCode() + ".csv";
	}

	private void writeRejects(ReportData data, Path dir) throws IOException {
		Files.createDirectories(dir.resolve(REJECTS));
		for (Submission s : data.submissions()) {
			String file = rejectsFile(s);
			if (file != null) {
				RejectsFile.write(dir.resolve(file), this.store.rejects(data.load(), s.cityCode()));
			}
		}
	}

	private void writeExpiring(ReportData data, Path file) throws IOException {
		try (ExcelCsv csv = CsvFiles.forExcel(file, EXPIRING_HEADER)) {
			for (ExpiringContract c : data.expiring()) {
				csv.printRecord(data.period(), c.cityCode(), cityName(c.cityCode()), c.countyCode(),
						countyName(c.cityCode(), c.countyCode()), c.contractId(), c.scope().code(), c.effectiveFrom(),
						c.expiresOn(), ChronoUnit.DAYS.between(data.period().referenceDate(), c.expiresOn()),
						c.coveredEmployers(), c.coveredWomenEmployees());
			}
		}
	}

	private String cityName(String code) {
		return this.reference.city(code).map(Division::name).orElse(code);
	}

	private String countyName(String city, String county) {
		return county.isEmpty() ? "跨区县" : this.reference.county(city, county).map(Division::name).orElse(county);
	}
}
