package cn.gdftu.twocoverage.sample;

import java.util.Map;

import cn.gdftu.twocoverage.ingest.Scope;

/**
 * How a city numbers its contracts. Some federations use the document style of a filing number
 * ({@code 穗女专〔2023〕34号}), the others a register code ({@code GD01-2025-R0040}: city, year,
 * E/R/I for the scope, serial). Serials count per city and year.
 */
final class ContractIds {

	/** The one-character names of the cities that number in document style. */
	private static final Map<String, String> DOCUMENT_STYLE = Map.of("440100", "穗", "440300", "深", "440400", "珠",
			"440500", "汕", "440600", "佛", "440900", "茂", "441700", "阳", "441900", "莞", "442000", "中", "445100", "潮");

	private final String abbreviation;

	private final String registerPrefix;

	ContractIds(String cityCode, int cityOrdinal) {
		this.abbreviation = DOCUMENT_STYLE.get(cityCode);
		this.registerPrefix = "GD" + ((cityOrdinal < 10) ? "0" : "") + cityOrdinal + "-";
	}

	String id(Scope scope, int year, int serial) {
		if (this.abbreviation != null) {
			return this.abbreviation + "女专〔" + year + "〕" + serial + "号";
		}
		String number = Integer.toString(serial);
		String padded = (number.length() < 4) ? "0".repeat(4 - number.length()) + number : number;
		return this.registerPrefix + year + "-" + letter(scope) + padded;
	}

	/** An id no generated contract has, for planted rows: {@code 穗女专〔2026〕补3号}, {@code GD01-2026-X0003}. */
	String plantedId(int year, int number) {
		if (this.abbreviation != null) {
			return this.abbreviation + "女专〔" + year + "〕补" + number + "号";
		}
		return this.registerPrefix + year + "-X" + "0".repeat(Math.max(0, 4 - Integer.toString(number).length()))
				+ number;
	}

	private static char letter(Scope scope) {
		switch (scope) {
			case REGIONAL:
				return 'R';
			case INDUSTRY:
				return 'I';
			default:
				return 'E';
		}
	}
}
