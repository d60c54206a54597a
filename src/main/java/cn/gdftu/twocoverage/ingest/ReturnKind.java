package cn.gdftu.twocoverage.ingest;

import java.util.List;

import static cn.gdftu.twocoverage.ingest.Column.CONTRACT_ID;
import static cn.gdftu.twocoverage.ingest.Column.COUNTY_CODE;
import static cn.gdftu.twocoverage.ingest.Column.EFFECTIVE_FROM;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYEES;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYER_ID;
import static cn.gdftu.twocoverage.ingest.Column.EMPLOYER_NAME;
import static cn.gdftu.twocoverage.ingest.Column.EXPIRES_ON;
import static cn.gdftu.twocoverage.ingest.Column.INDUSTRY;
import static cn.gdftu.twocoverage.ingest.Column.OWNERSHIP;
import static cn.gdftu.twocoverage.ingest.Column.SCOPE;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_EMPLOYEES;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_MEMBERS;
import static cn.gdftu.twocoverage.ingest.Column.WOMEN_ORG;

/** The two files of a city's return and the columns each must have. */
public enum ReturnKind {

	ORGANIZATIONS("organizations.csv", "基层工会台账", List.of(EMPLOYER_ID, EMPLOYER_NAME, COUNTY_CODE, INDUSTRY, OWNERSHIP,
			EMPLOYEES, WOMEN_EMPLOYEES, WOMEN_MEMBERS, WOMEN_ORG), List.of("organizations", "基层工会台账", "基层工会")),
	CONTRACTS("contracts.csv", "专项集体合同", List.of(CONTRACT_ID, SCOPE, EMPLOYER_ID, EFFECTIVE_FROM, EXPIRES_ON),
			List.of("contracts", "专项集体合同", "专项集体合同台账", "专项合同"));

	private final String fileName;

	private final String title;

	private final List<Column> columns;

	/** The sheet names that say a workbook's sheet holds this table (SPEC §8), as {@link Cells#key} keys. */
	private final List<String> sheetNames;

	ReturnKind(String fileName, String title, List<Column> columns, List<String> sheetNames) {
		this.fileName = fileName;
		this.title = title;
		this.columns = columns;
		this.sheetNames = sheetNames;
	}

	/** The table a workbook's sheet holds by its name, or null. */
	public static ReturnKind ofSheet(String sheetName) {
		String key = Cells.key(sheetName);
		for (ReturnKind kind : values()) {
			if (kind.sheetNames.contains(key)) {
				return kind;
			}
		}
		return null;
	}

	/** The name of this table saved as its own workbook: {@code organizations.xlsx}. */
	public String workbookName() {
		return this.fileName.replace(".csv", ".xlsx");
	}

	public String fileName() {
		return this.fileName;
	}

	/** The Chinese name of the file's contents, for messages. */
	public String title() {
		return this.title;
	}

	/** Every column this file must have, in the SPEC's order. */
	public List<Column> columns() {
		return this.columns;
	}

	/** The column a header cell names, or null when it names none of this file's columns. */
	public Column columnNamedBy(String headerCell) {
		String key = Cells.key(headerCell);
		for (Column column : this.columns) {
			if (column.isNamedBy(key)) {
				return column;
			}
		}
		return null;
	}
}
