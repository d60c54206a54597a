package cn.gdftu.twocoverage.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import cn.gdftu.twocoverage.store.Database;

/**
 * The folders and database a command works on (SPEC §7, §9): the same options and defaults for the
 * monthly job and the site, so both always read and write the same places.
 */
public class WorkspaceOptions {

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input", description = "输入文件夹（默认 input）")
	Path input;

	@Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports", description = "报告文件夹（默认 reports）")
	Path reports;

	@Option(names = "--db", paramLabel = "FILE|URL",
			description = "SQLite 数据库文件（默认 <reports>/two-coverage.db），或 jdbc:postgresql://主机[:端口]/数据库"
					+ "（用户名、密码取自环境变量 TWO_COVERAGE_DB_USER、TWO_COVERAGE_DB_PASSWORD）")
	String db;

	public Path input() {
		return this.input;
	}

	public Path reports() {
		return this.reports;
	}

	/**
	 * The database: {@code --db}, or {@code two-coverage.db} in the reports folder.
	 * @throws Database.BadDatabaseException when {@code --db} names neither a file nor a PostgreSQL database
	 */
	public Database database() {
		return Database.parse(this.db, this.reports.resolve("two-coverage.db"), System.getenv());
	}
}
