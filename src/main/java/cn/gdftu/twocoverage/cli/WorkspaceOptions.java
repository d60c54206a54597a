package cn.gdftu.twocoverage.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The folders and database a command works on (SPEC §7, §9): the same options and defaults for the
 * monthly job and the site, so both always read and write the same places.
 */
public class WorkspaceOptions {

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input", description = "输入文件夹（默认 input）")
	Path input;

	@Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports", description = "报告文件夹（默认 reports）")
	Path reports;

	@Option(names = "--db", paramLabel = "FILE", description = "SQLite 数据库（默认 <reports>/two-coverage.db）")
	Path db;

	public Path input() {
		return this.input;
	}

	public Path reports() {
		return this.reports;
	}

	/** The database file: {@code --db}, or {@code two-coverage.db} in the reports folder. */
	public Path database() {
		return (this.db != null) ? this.db : this.reports.resolve("two-coverage.db");
	}
}
