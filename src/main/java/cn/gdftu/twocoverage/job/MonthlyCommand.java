package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import cn.gdftu.twocoverage.Period;

/**
 * {@code java -jar two-coverage.jar [--period YYYY-MM] [--input DIR] [--reports DIR] [--db FILE]}
 * (SPEC §7). Checks what it can before starting Spring, so a bad argument costs one line and exit 2.
 */
@Command(name = "two-coverage", mixinStandardHelpOptions = true, sortOptions = false,
		description = "读取各市“两个覆盖”月报，校验、入库、计算覆盖率并生成报告。",
		subcommands = ValidateCommand.class)
public class MonthlyCommand implements Callable<Integer> {

	static final int FAILED = 1;

	static final int BAD_ARGUMENTS = 2;

	static final int UNUSABLE = 3;

	@Option(names = "--period", paramLabel = "YYYY-MM", description = "只处理这一期（总是重新处理）")
	String period;

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input", description = "输入文件夹（默认 input）")
	Path input;

	@Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports", description = "报告文件夹（默认 reports）")
	Path reports;

	@Option(names = "--db", paramLabel = "FILE", description = "SQLite 数据库（默认 <reports>/two-coverage.db）")
	Path db;

	@Override
	public Integer call() throws Exception {
		if (!Files.isDirectory(this.input)) {
			return Failure.of(BAD_ARGUMENTS, "输入文件夹不存在: " + this.input);
		}
		List<Period> periods;
		if (this.period != null) {
			if (!Period.isPeriod(this.period)) {
				return Failure.of(BAD_ARGUMENTS, "--period 应为 YYYY-MM，例如 2026-10，而不是 " + this.period);
			}
			if (!Files.isDirectory(this.input.resolve(this.period))) {
				return Failure.of(BAD_ARGUMENTS, "没有这一期的输入: " + this.input.resolve(this.period));
			}
			periods = List.of(Period.parse(this.period));
		}
		else {
			periods = periodsUnder(this.input);
			if (periods.isEmpty()) {
				return Failure.of(BAD_ARGUMENTS, "输入文件夹中没有 YYYY-MM 形式的期间文件夹: " + this.input);
			}
		}
		Path database = (this.db != null) ? this.db : this.reports.resolve("two-coverage.db");
		String unwritable = Workspace.prepare(this.input, this.reports, database);
		if (unwritable != null) {
			return Failure.of(UNUSABLE, unwritable);
		}
		try (Workspace.DatabaseLock lock = Workspace.lock(database)) {
			if (lock == null) {
				return Failure.of(UNUSABLE, "另一个作业正在使用这个数据库，请等它结束后再运行: " + database);
			}
			try (ConfigurableApplicationContext context = Workspace.start(database)) {
				MonthlyRun run = context.getBean(MonthlyRun.class);
				return run.run(periods, this.period != null, this.input, this.reports) ? 0 : FAILED;
			}
		}
		catch (Workspace.UnusableDatabaseException ex) {
			return Failure.of(UNUSABLE, ex.getMessage());
		}
	}

	static List<Period> periodsUnder(Path input) {
		try (Stream<Path> entries = Files.list(input)) {
			return entries.filter(Files::isDirectory).map((p) -> p.getFileName().toString()).filter(Period::isPeriod)
				.map(Period::parse).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
