package cn.gdftu.twocoverage.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gdftu.twocoverage.ingest.Column;
import cn.gdftu.twocoverage.ingest.ReturnEncoding;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.Scope;
import cn.gdftu.twocoverage.ingest.WomenOrg;
import cn.gdftu.twocoverage.reference.Ownership;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * How a city writes its two files: encoding, header language, the words of coded values, dates and
 * counts, the sheet-title lines above the header, a totals row at the end, and line endings. Only
 * the cell texts change with the dress, never what they mean.
 */
final class Dress {

	/** UTF-8, English headers and codes, ISO dates, LF. */
	static final Dress CANONICAL = new Dress("canonical", StandardCharsets.UTF_8, false, false, "\n");

	/** What "Save as CSV (comma delimited)" on a Chinese Windows makes of a formatted sheet. */
	static final Dress EXCEL = new Dress("excel", ReturnEncoding.GB18030, false, true, "\r\n");

	/** Excel's "CSV UTF-8" of an English-headed sheet: a BOM and CRLF, otherwise canonical. */
	static final Dress UTF8_BOM = new Dress("utf8-bom", StandardCharsets.UTF_8, true, false, "\r\n");

	/** The cities that send Excel dress in the mixed sample: Shantou, Maoming, Yangjiang. */
	static final Set<String> EXCEL_CITIES = Set.of("440500", "440900", "441700");

	/** The city whose files start with a BOM in the mixed sample: Huizhou. */
	static final String BOM_CITY = "441300";

	private static final Map<String, String> OWNERSHIP_WORDS = new HashMap<>();

	static {
		for (Ownership ownership : ReferenceData.bundled().ownerships()) {
			OWNERSHIP_WORDS.put(ownership.code(), ownership.name());
		}
	}

	private final String name;

	private final Charset charset;

	private final boolean bom;

	private final boolean excel;

	private final String newline;

	private Dress(String name, Charset charset, boolean bom, boolean excel, String newline) {
		this.name = name;
		this.charset = charset;
		this.bom = bom;
		this.excel = excel;
		this.newline = newline;
	}

	static Dress of(DressMode mode, String cityCode) {
		if (mode == DressMode.CANONICAL) {
			return CANONICAL;
		}
		if (EXCEL_CITIES.contains(cityCode)) {
			return EXCEL;
		}
		return BOM_CITY.equals(cityCode) ? UTF8_BOM : CANONICAL;
	}

	Charset charset() {
		return this.charset;
	}

	boolean bom() {
		return this.bom;
	}

	String newline() {
		return this.newline;
	}

	/** Whether the file ends with a {@code 合计} row, as a formatted sheet does. */
	boolean totals() {
		return this.excel;
	}

	/** The lines above the header: the sheet's title and the 填报单位 line, padded to the columns. */
	List<String> titleLines(ReturnKind kind, String cityName) {
		if (!this.excel) {
			return List.of();
		}
		String title = (kind == ReturnKind.ORGANIZATIONS) ? "基层工会女职工组织建设情况统计表" : "女职工权益保护专项集体合同台账";
		String padding = ",".repeat(kind.columns().size() - 1);
		return List.of(title + padding, "填报单位：" + cityName + "总工会" + padding);
	}

	String header(Column column) {
		return this.excel ? column.chineseName() : column.canonical();
	}

	String ownership(String code) {
		return this.excel ? OWNERSHIP_WORDS.get(code) : code;
	}

	String womenOrg(WomenOrg org) {
		return this.excel ? org.chineseName() : org.code();
	}

	String scope(Scope scope) {
		return this.excel ? scope.chineseName() : scope.code();
	}

	/** ISO, or Excel's short date {@code 2026/5/1}. */
	String date(LocalDate date) {
		if (!this.excel) {
			return date.toString();
		}
		return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
	}

	/** Plain digits, or with a thousands separator as a formatted sheet shows {@code 1,234}. */
	String count(int value) {
		if (!this.excel || value < 1000) {
			return Integer.toString(value);
		}
		int thousands = value / 1000;
		int rest = value % 1000;
		return thousands + "," + ((rest < 10) ? "00" : (rest < 100) ? "0" : "") + rest;
	}

	@Override
	public String toString() {
		return this.name;
	}
}
