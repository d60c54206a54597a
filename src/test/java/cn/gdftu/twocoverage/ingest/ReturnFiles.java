package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small monthly returns written by hand in the tests: the two headers, valid credit codes, a file. */
public final class ReturnFiles {

	/** The header line of organizations.csv, with its line end. */
	public static final String ORGANIZATIONS = "employer_id,employer_name,county_code,industry,ownership,employees,"
			+ "women_employees,women_members,women_org\n";

	/** The header line of contracts.csv, with its line end. */
	public static final String CONTRACTS = "contract_id,scope,employer_id,effective_from,expires_on\n";

	private ReturnFiles() {
	}

	/** A valid credit code of a union in {@code county}, numbered {@code n}. */
	public static String id(String county, int n) {
		String first17 = "91" + county + String.format("%09d", n);
		return first17 + EmployerId.checkCharacter(first17);
	}

	/** A UTF-8 file, its folders made as needed. */
	public static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
