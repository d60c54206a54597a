package cn.gdftu.twocoverage.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

import static cn.gdftu.twocoverage.ingest.ReturnKind.CONTRACTS;
import static cn.gdftu.twocoverage.ingest.ReturnKind.ORGANIZATIONS;

/**
 * Writes one city's return for one period, {@code organizations.csv} and {@code contracts.csv} side by
 * side as the city's model walks its groups, a row at a time, in the city's dress. Planted bad rows
 * go in between the real ones, spread over the file.
 */
final class MonthlyReturn implements CityModel.Visitor {

	/** Where planted employers' indexes start: far past any real one, so their codes are new. */
	private static final long GHOST_INDEX = 400_000_000L;

	/** What a month of a city came to: real rows written, and the planted ones. */
	record Result(String cityCode, int unions, int contractRows, List<PlantedRow> planted) {
	}

	private final CityModel city;

	private final YearMonth period;

	private final int month;

	private final Dress dress;

	private final ChangePlan.Alteration alteration;

	private final CsvOut organizations;

	private final CsvOut contracts;

	private final List<BadRow> organizationMistakes = new ArrayList<>();

	private final List<BadRow> contractMistakes = new ArrayList<>();

	private final int[] organizationSpots;

	private final int[] contractSpots;

	private final List<PlantedRow> planted = new ArrayList<>();

	private int unions;

	private int contractRows;

	private long employees;

	private long womenEmployees;

	private long womenMembers;

	private String[] firstOrganizationRow;

	private String[] firstContractRow;

	private final List<String> firstEmployers = new ArrayList<>(2);

	private int plantedContracts;

	private int ghosts;

	private MonthlyReturn(CityModel city, YearMonth period, int month, Dress dress, List<BadRow> mistakes,
			ChangePlan.Alteration alteration, CsvOut organizations, CsvOut contracts) {
		this.city = city;
		this.period = period;
		this.month = month;
		this.dress = dress;
		this.alteration = alteration;
		this.organizations = organizations;
		this.contracts = contracts;
		for (BadRow mistake : mistakes) {
			(mistake.file() == ORGANIZATIONS ? this.organizationMistakes : this.contractMistakes).add(mistake);
		}
		int target = city.unionsAt(month);
		this.organizationSpots = spots(this.organizationMistakes.size(), target);
		this.contractSpots = spots(this.contractMistakes.size(), (int) Math.round(target * CityModel.CONTRACT_ROWS_PER_UNION));
	}

	/**
	 * Writes the city's two files into {@code folder} and answers what went into them; {@code alteration}
	 * (or {@code null}) is the unusual change planted in them.
	 */
	static Result write(Path folder, CityModel city, YearMonth period, int month, Dress dress, List<BadRow> mistakes,
			ChangePlan.Alteration alteration) throws IOException {
		Files.createDirectories(folder);
		try (CsvOut organizations = new CsvOut(folder.resolve(ORGANIZATIONS.fileName()), dress);
				CsvOut contracts = new CsvOut(folder.resolve(CONTRACTS.fileName()), dress)) {
			MonthlyReturn writer = new MonthlyReturn(city, period, month, dress, mistakes, alteration, organizations,
					contracts);
			writer.header(organizations, ORGANIZATIONS);
			writer.header(contracts, CONTRACTS);
			city.walk(month, period.atEndOfMonth(), writer);
			writer.finish();
			return new Result(city.city().code(), writer.unions, writer.contractRows, List.copyOf(writer.planted));
		}
	}

	@Override
	public void employer(Employer modelled) throws IOException {
		if (this.alteration != null && this.alteration.omits(modelled)) {
			return;
		}
		Employer employer = (this.alteration != null) ? this.alteration.apply(modelled) : modelled;
		String[] cells = cells(employer);
		this.organizations.row(cells);
		this.unions++;
		this.employees += employer.employees();
		this.womenEmployees += employer.womenEmployees();
		this.womenMembers += employer.womenMembers();
		if (this.firstOrganizationRow == null) {
			this.firstOrganizationRow = cells;
		}
		if (this.firstEmployers.size() < 2) {
			this.firstEmployers.add(employer.id());
		}
		while (!this.organizationMistakes.isEmpty() && this.unions >= this.organizationSpots[this.planted(ORGANIZATIONS)]) {
			plantOrganization(this.organizationMistakes.remove(0));
		}
	}

	@Override
	public void contract(String contractId, Scope scope, ContractChain.Term term, List<Employer> covered)
			throws IOException {
		if (this.alteration != null
				&& (this.alteration.omits(covered.get(0)) || contractId.equals(this.alteration.vanishedContract()))) {
			return;
		}
		String from = this.dress.date(term.from());
		String to = this.dress.date(term.to());
		for (Employer employer : covered) {
			String[] cells = { contractId, this.dress.scope(scope), employer.id(), from, to };
			this.contracts.row(cells);
			this.contractRows++;
			if (this.firstContractRow == null) {
				this.firstContractRow = cells;
			}
			while (!this.contractMistakes.isEmpty() && this.contractRows >= this.contractSpots[this.planted(CONTRACTS)]) {
				plantContract(this.contractMistakes.remove(0));
			}
		}
	}

	private void header(CsvOut out, ReturnKind kind) throws IOException {
		for (String title : this.dress.titleLines(kind, this.city.city().name())) {
			out.line(title);
		}
		String[] names = new String[kind.columns().size()];
		for (int i = 0; i < names.length; i++) {
			names[i] = this.dress.header(kind.columns().get(i));
		}
		out.row(names);
	}

	/** Plants what is left (a city with fewer rows than expected), then the totals rows. */
	private void finish() throws IOException {
		while (!this.organizationMistakes.isEmpty()) {
			plantOrganization(this.organizationMistakes.remove(0));
		}
		while (!this.contractMistakes.isEmpty()) {
			plantContract(this.contractMistakes.remove(0));
		}
		if (this.dress.totals()) {
			this.organizations.row("合计", "", "", "", "", this.dress.count((int) this.employees),
					this.dress.count((int) this.womenEmployees), this.dress.count((int) this.womenMembers), "");
			this.contracts.row("合计", "", "共" + this.contractRows + "行", "", "");
		}
	}

	private String[] cells(Employer employer) {
		return new String[] { employer.id(), employer.name(), employer.countyCode(), employer.industry(),
				this.dress.ownership(employer.ownership()), this.dress.count(employer.employees()),
				this.dress.count(employer.womenEmployees()), this.dress.count(employer.womenMembers()),
				this.dress.womenOrg(employer.womenOrg()) };
	}

	private void plantOrganization(BadRow mistake) throws IOException {
		if (mistake == BadRow.DUPLICATE_EMPLOYER) {
			if (this.firstOrganizationRow != null) {
				record(mistake, this.organizations.row(this.firstOrganizationRow));
			}
			return;
		}
		Employer ghost = ghost();
		String[] cells = cells(ghost);
		switch (mistake) {
			case BAD_CHECK_CHARACTER -> cells[0] = CreditCodes.withWrongCheck(ghost.id());
			case COUNTY_OF_ANOTHER_CITY -> cells[2] = countyOfAnotherCity();
			case INDUSTRY_Z -> cells[3] = "Z";
			case OWNERSHIP_JOINT_STOCK -> cells[4] = "股份制";
			case DECIMAL_EMPLOYEES -> {
				cells[5] = "12.5";
				cells[6] = "6";
				cells[7] = "4";
				cells[8] = this.dress.womenOrg(WomenOrg.COMMISSIONER);
			}
			case MORE_WOMEN_THAN_EMPLOYEES -> cells[6] = this.dress.count(ghost.employees() + 3);
			case WOMEN_ORG_YES -> cells[8] = "有";
			default -> throw new IllegalArgumentException(mistake.name());
		}
		record(mistake, this.organizations.row(cells));
	}

	private void plantContract(BadRow mistake) throws IOException {
		LocalDate from = this.period.atDay(1).minusMonths(2);
		LocalDate to = from.plusYears(3).minusDays(1);
		String id = this.city.contractIds().plantedId(this.period.getYear(), ++this.plantedContracts);
		String enterprise = this.dress.scope(Scope.ENTERPRISE);
		switch (mistake) {
			case UNKNOWN_EMPLOYER -> record(mistake,
					this.contracts.row(id, enterprise, ghost().id(), this.dress.date(from), this.dress.date(to)));
			case DUPLICATE_CONTRACT_ROW -> {
				if (this.firstContractRow != null) {
					record(mistake, this.contracts.row(this.firstContractRow));
				}
			}
			case IMPOSSIBLE_DATE -> {
				if (!this.firstEmployers.isEmpty()) {
					record(mistake, this.contracts.row(id, enterprise, this.firstEmployers.get(0),
							this.period.getYear() + "-13-01", this.dress.date(to)));
				}
			}
			case EXPIRES_BEFORE_EFFECTIVE -> {
				if (!this.firstEmployers.isEmpty()) {
					record(mistake, this.contracts.row(id, enterprise, this.firstEmployers.get(0), this.dress.date(from),
							this.dress.date(from.minusYears(3))));
				}
			}
			case ENTERPRISE_WITH_TWO_EMPLOYERS -> {
				if (this.firstEmployers.size() == 2) {
					for (String employer : this.firstEmployers) {
						record(mistake, this.contracts.row(id, enterprise, employer, this.dress.date(from),
								this.dress.date(to)));
					}
				}
			}
			default -> throw new IllegalArgumentException(mistake.name());
		}
	}

	private void record(BadRow mistake, int line) {
		this.planted.add(new PlantedRow(this.period, this.city.city().code(), mistake.file(), line, mistake.reason()));
	}

	/** A new, valid union of this city that no month's roster has. */
	private Employer ghost() {
		return this.city.employer(GHOST_INDEX + this.ghosts++, Scope.ENTERPRISE, null, null, this.month);
	}

	private String countyOfAnotherCity() {
		String code = this.city.city().code();
		for (Division other : ReferenceData.bundled().cities()) {
			if (!other.code().equals(code)) {
				return ReferenceData.bundled().countiesOf(other.code()).get(0).code();
			}
		}
		throw new IllegalStateException("a province of one city");
	}

	/** How many mistakes of a file are already planted: the index of the next spot. */
	private int planted(ReturnKind file) {
		return ((file == ORGANIZATIONS) ? this.organizationSpots.length - this.organizationMistakes.size()
				: this.contractSpots.length - this.contractMistakes.size());
	}

	/** After which real row each of {@code count} planted rows goes: evenly over about {@code rows} rows. */
	private static int[] spots(int count, int rows) {
		int[] spots = new int[count];
		for (int i = 0; i < count; i++) {
			spots[i] = Math.max(1, (int) ((long) (i + 1) * rows / (count + 1)));
		}
		return spots;
	}
}
