package cn.gdftu.twocoverage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.MonthlyRun;
import cn.gdftu.twocoverage.job.Workspace;
import cn.gdftu.twocoverage.store.Database;

/**
 * {@code java -jar two-coverage.jar [--period YYYY-MM] [--input DIR] [--reports DIR] [--db FILE]}
 * (SPEC §7). Checks what it can before starting Spring, so a bad argument costs one line and exit 2.
 */
@Command(name = "two-coverage", mixinStandardHelpOptions = true, sortOptions = false,
		description = "读取各市“两个覆盖”月报，校验、入库、计算覆盖率并生成报告。",
		subcommands = ValidateCommand.class)
public class MonthlyCommand implements Callable<Integer> {

	public static final int FAILED = 1;

	public static final int BAD_ARGUMENTS = 2;

	public static final int UNUSABLE = 3;

	@Option(names = "--period", paramLabel = "YYYY-MM", description = "只处理这一期（总是重新处理）")
	String period;

	@Mixin
	WorkspaceOptions workspace;

	@Override
	public Integer call() throws Exception {
		if (!Files.isDirectory(this.workspace.input())) {
			return Failure.of(BAD_ARGUMENTS, "输入文件夹不存在: " + this.workspace.input());
		}
		List<Period> periods;
		if (this.period != null) {
			if (!Period.isPeriod(this.period)) {
				return Failure.of(BAD_ARGUMENTS, "--period 应为 YYYY-MM，例如 2026-10，而不是 " + this.period);
			}
			if (!Files.isDirectory(this.workspace.input().resolve(this.period))) {
				return Failure.of(BAD_ARGUMENTS, "没有这一期的输入: " + this.workspace.input().resolve(this.period));
			}
			periods = List.of(Period.parse(this.period));
		}
		else {
			periods = periodsUnder(this.workspace.input());
			if (periods.isEmpty()) {
				return Failure.of(BAD_ARGUMENTS, "输入文件夹中没有 YYYY-MM 形式的期间文件夹: " + this.workspace.input());
			}
		}
		Database database;
		try {
			database = this.workspace.database();
		}
		catch (Database.BadDatabaseException ex) {
			return Failure.of(BAD_ARGUMENTS, ex.getMessage());
		}
		String unwritable = Workspace.prepare(this.workspace.input(), this.workspace.reports(), database);
		if (unwritable != null) {
			return Failure.of(UNUSABLE, unwritable);
		}
		try (Database.RunLock lock = database.tryLock()) {
			if (lock == null) {
				return Failure.of(UNUSABLE, "另一个作业正在使用这个数据库，请等它结束后再运行: " + database);
			}
			try (ConfigurableApplicationContext context = JobContext.start(database)) {
				MonthlyRun run = context.getBean(MonthlyRun.class);
				return run.run(periods, this.period != null, this.workspace.input(), this.workspace.reports()) ? 0 : FAILED;
			}
		}
		catch (Database.UnusableDatabaseException ex) {
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
