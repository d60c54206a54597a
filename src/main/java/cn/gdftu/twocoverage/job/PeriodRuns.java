package cn.gdftu.twocoverage.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.store.Database;

/**
 * Runs the monthly job for one period inside the running site, exactly as {@code --period} does on the
 * command line: the same checks, the same {@link MonthlyRun} (job, job repository, outputs) and the same
 * database lock file, so a run from the page and one from a terminal exclude each other. One run at a
 * time; the page reads its progress and result from {@link #current()}.
 */
@Component
public class PeriodRuns {

	private final MonthlyRun monthlyRun;

	private final Progress progress;

	private final Path input;

	private final Path reports;

	private final Database database;

	private final Clock clock;

	/** The run going now, or the last one (to show its result); null before the first. */
	private final AtomicReference<PeriodRun> current = new AtomicReference<>();

	/** The database is the one the application is using: its lock file is the command line's. */
	@Autowired
	PeriodRuns(MonthlyRun monthlyRun, Progress progress, @Value("${two-coverage.input:input}") Path input,
			@Value("${two-coverage.reports:reports}") Path reports, @Value("${spring.datasource.url:}") String url,
			@Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
		this(monthlyRun, progress, input, reports,
				Database.ofDataSource(url, user, password, reports.resolve("two-coverage.db")), Clock.systemUTC());
	}

	PeriodRuns(MonthlyRun monthlyRun, Progress progress, Path input, Path reports, Database database, Clock clock) {
		this.monthlyRun = monthlyRun;
		this.progress = progress;
		this.input = input;
		this.reports = reports;
		this.database = database;
		this.clock = clock;
	}

	/**
	 * Starts a run of {@code period} for {@code account} and returns it, or returns the run already
	 * going (check {@link PeriodRun#period()} and {@link PeriodRun#startedAt()}: a second click does
	 * not start another). A run that cannot start comes back failed with the reason.
	 */
	public synchronized Start start(Period period, String account) {
		PeriodRun going = this.current.get();
		if (going != null && going.state() == PeriodRun.State.RUNNING) {
			return new Start(going, false);
		}
		PeriodRun run = new PeriodRun(period, account, this.clock.instant());
		String refused = check(period);
		Database.RunLock lock = null;
		if (refused == null) {
			try {
				lock = this.database.tryLock();
				if (lock == null) {
					refused = "另一个作业正在使用这个数据库（可能是命令行上的运行），请等它结束后再运行";
				}
			}
			catch (Database.UnusableDatabaseException ex) {
				refused = ex.getMessage();
			}
		}
		if (refused != null) {
			run = PeriodRun.failedAtStart(period, account, run.startedAt(), refused);
			this.current.set(run);
			return new Start(run, true);
		}
		this.current.set(run);
		Thread thread = new Thread(runner(run, lock), "monthly-run-" + period);
		thread.start();
		return new Start(run, true);
	}

	/** The run going now, or the last one. */
	public Optional<PeriodRun> current() {
		return Optional.ofNullable(this.current.get());
	}

	/** The reports folder the runs write into (the site serves it). */
	public Path reports() {
		return this.reports;
	}

	/** The checks of {@code --period} before a run; the reason it cannot run, or null. */
	private String check(Period period) {
		if (!Files.isDirectory(this.input.resolve(period.toString()))) {
			return "没有这一期的输入: " + period + "（还没有任何城市上传）";
		}
		return Workspace.prepare(this.input, this.reports, this.database);
	}

	private Runnable runner(PeriodRun run, Database.RunLock lock) {
		return () -> {
			boolean completed = false;
			String line;
			try (lock; AutoCloseable watching = this.progress.watch(run::progress)) {
				MonthlyRun.Outcome outcome = this.monthlyRun.runNamed(run.period(), this.input, this.reports);
				completed = outcome.completed();
				line = outcome.line();
			}
			catch (Exception | Error ex) {
				// Shown on the page, not swallowed: a run that throws is a failed run.
				line = run.period() + " 运行失败: " + MonthlyRun.rootMessage(ex);
			}
			run.end(completed, line, this.clock.instant());
		};
	}

	/** What a click on 运行 did: {@code started} false when {@code run} is one already going. */
	public record Start(PeriodRun run, boolean started) {
	}
}
