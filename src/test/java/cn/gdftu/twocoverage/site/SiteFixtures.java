package cn.gdftu.twocoverage.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.mock.web.MockMultipartFile;

/** Small returns of Guangzhou (440100) for the site's tests; credit codes with valid check characters. */
final class SiteFixtures {

	static final String ORGANIZATIONS_HEADER = "employer_id,employer_name,county_code,industry,ownership,employees,"
			+ "women_employees,women_members,women_org\n";

	static final String CONTRACTS_HEADER = "contract_id,scope,employer_id,effective_from,expires_on\n";

	static final String GOOD_ORGANIZATIONS = ORGANIZATIONS_HEADER
			+ "91440106000000010U,甲公司,440106,C,private,100,40,30,committee\n"
			+ "91440106000000020W,乙公司,440106,C,private,50,20,5,commissioner\n";

	/** Line 3: more women employees than employees (INCONSISTENT_COUNTS). */
	static final String ONE_BAD_ROW = ORGANIZATIONS_HEADER
			+ "91440106000000010U,甲公司,440106,C,private,100,40,30,committee\n"
			+ "91440106000000030X,丙公司,440106,C,private,10,20,5,committee\n";

	static final String GOOD_CONTRACTS = CONTRACTS_HEADER
			+ "HT-1,enterprise,91440106000000010U,2025-01-01,2027-12-31\n";

	/** No known column at all: the whole return is rejected. */
	static final String NO_COLUMNS = "名称,备注\n甲,乙\n";

	private SiteFixtures() {
	}

	/** One workbook with the two tables as sheets named as SPEC §8 allows, every cell as text. */
	static byte[] workbook(String organizations, String contracts) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook.createSheet("基层工会台账"), organizations);
			sheet(workbook.createSheet("专项集体合同"), contracts);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void sheet(Sheet sheet, String csv) {
		String[] lines = csv.split("\n");
		for (int r = 0; r < lines.length; r++) {
			Row row = sheet.createRow(r);
			String[] cells = lines[r].split(",", -1);
			for (int c = 0; c < cells.length; c++) {
				row.createCell(c).setCellValue(cells[c]);
			}
		}
	}

	static MockMultipartFile organizations(String text) {
		return part("organizations", "基层工会台账.csv", text);
	}

	static MockMultipartFile contracts(String text) {
		return part("contracts", "合同.csv", text);
	}

	static MockMultipartFile part(String name, String uploadedName, String text) {
		return new MockMultipartFile(name, uploadedName, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}
}
