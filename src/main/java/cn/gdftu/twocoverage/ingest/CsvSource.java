package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** A table saved as CSV: {@code organizations.csv} or {@code contracts.csv}. */
public record CsvSource(ReturnKind kind, Path file) implements ReturnSource {

	@Override
	public String name() {
		return this.file.getFileName().toString();
	}

	@Override
	public ReturnReader open() throws IOException, ReturnRejectedException {
		return ReturnReader.open(this.file, this.kind);
	}
}
