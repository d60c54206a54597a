package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One city's folder for a period and what SPEC §5 says of it before any row is read: missing, rejected
 * as a whole, or ready to read. A ready return still becomes rejected if a file turns out unreadable
 * further down.
 */
public record CityReturn(String cityCode, Path folder) {

	public sealed interface Survey permits Missing, Rejected, Ready {
	}

	public record Missing(String message) implements Survey {
	}

	public record Rejected(String message) implements Survey {
	}

	public record Ready(Path organizations, Path contracts) implements Survey {
	}

	public Path file(ReturnKind kind) {
		return this.folder.resolve(kind.fileName());
	}

	public Survey survey() {
		if (!Files.isDirectory(this.folder)) {
			return new Missing("本期未报送（没有该市的文件夹）");
		}
		boolean organizations = Files.isRegularFile(file(ReturnKind.ORGANIZATIONS));
		boolean contracts = Files.isRegularFile(file(ReturnKind.CONTRACTS));
		if (!organizations && !contracts) {
			return new Missing("本期未报送（文件夹中没有organizations.csv和contracts.csv）");
		}
		if (!organizations) {
			return new Rejected("缺少organizations.csv（基层工会台账），请与contracts.csv一并报送");
		}
		if (!contracts) {
			return new Rejected("缺少contracts.csv（专项集体合同），请与organizations.csv一并报送；没有合同时请报送只有表头的文件");
		}
		try {
			if (!hasDataRow(file(ReturnKind.ORGANIZATIONS))) {
				return new Rejected("organizations.csv 没有数据行（只有表头），请填写基层工会台账后重新报送");
			}
			try (ReturnReader reader = ReturnReader.open(file(ReturnKind.CONTRACTS), ReturnKind.CONTRACTS)) {
				// Opening checks the encoding, the header and the columns; a header-only file is valid.
			}
		}
		catch (ReturnRejectedException ex) {
			return new Rejected(ex.getMessage());
		}
		catch (IOException ex) {
			return new Rejected("文件无法读取（" + ex.getMessage() + "），请重新报送");
		}
		return new Ready(file(ReturnKind.ORGANIZATIONS), file(ReturnKind.CONTRACTS));
	}

	private static boolean hasDataRow(Path organizations) throws IOException, ReturnRejectedException {
		try (ReturnReader reader = ReturnReader.open(organizations, ReturnKind.ORGANIZATIONS)) {
			ReturnLine line;
			while ((line = reader.next()) != null) {
				if (line instanceof ReturnRow) {
					return true;
				}
			}
			return false;
		}
	}
}
