package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which names {@code GET /reports/{period}/…} may serve: regular files inside the period's folder only. */
class ReportFilesTests {

	Path reports;

	Path folder;

	@BeforeEach
	void folder(@TempDir Path root) throws IOException {
		this.reports = root.resolve("reports");
		this.folder = Files.createDirectories(this.reports.resolve("2026-10"));
		Files.writeString(this.folder.resolve("index.html"), "<html>");
		Files.createDirectories(this.folder.resolve("charts"));
		Files.writeString(this.folder.resolve("charts/trend.png"), "png");
		Files.writeString(this.reports.resolve("two-coverage.db"), "SQLite format 3");
		Files.createDirectories(this.reports.resolve(".writing-2026-10"));
		Files.writeString(this.reports.resolve(".writing-2026-10/index.html"), "half written");
		Files.writeString(this.folder.resolve(".hidden"), "x");
		Files.createSymbolicLink(this.folder.resolve("db-link"), this.reports.resolve("two-coverage.db"));
		Files.createSymbolicLink(this.folder.resolve("up"), this.reports);
	}

	@Test
	void filesInsideAreServed() throws IOException {
		assertThat(ReportFilesController.inside(this.folder, "index.html")).isEqualTo(this.folder.resolve("index.html"));
		assertThat(ReportFilesController.inside(this.folder, "charts/trend.png"))
			.isEqualTo(this.folder.resolve("charts/trend.png"));
		assertThat(ReportFilesController.inside(this.folder, "charts/../index.html"))
			.isEqualTo(this.folder.resolve("index.html"));
	}

	@Test
	void nothingOutsideHiddenOrLinkedOut() {
		for (String name : new String[] { "../two-coverage.db", "charts/../../two-coverage.db", "/etc/passwd",
				"../.writing-2026-10/index.html", ".hidden", "db-link", "up/two-coverage.db", "charts", "",
				"..\\two-coverage.db", "index.html\0.png", "nothing.html" }) {
			assertThatExceptionOfType(SiteException.class).as(name)
				.isThrownBy(() -> ReportFilesController.inside(this.folder, name))
				.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(404));
		}
	}
}
