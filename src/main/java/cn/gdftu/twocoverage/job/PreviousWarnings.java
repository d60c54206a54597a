package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.ReturnWarnings;
import cn.gdftu.twocoverage.changes.Warning;
import cn.gdftu.twocoverage.changes.WarningRules;
import cn.gdftu.twocoverage.ingest.AcceptedRows;
import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.ingest.ReturnSink;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;
import cn.gdftu.twocoverage.store.Stores;

/**
 * {@code validate DIR --previous PREVIOUS_DIR}: the warnings of SPEC §12 offline. The previous folder is
 * checked and stored as the job stores a period, in a throwaway database, and the return is compared
 * with it by the very code of the upload ({@link ReturnWarnings}), with the default thresholds.
 */
public final class PreviousWarnings {

	private PreviousWarnings() {
	}

	public static void print(PrintStream out, ReferenceData reference, String city, String periodText, Path folder,
			Path previousFolder, AcceptedRows current) throws IOException {
		AcceptedRows previous = new AcceptedRows(ReturnSink.rejections(new ArrayList<>()));
		CitySubmission before = new CityCheck(reference).check(city, previousFolder, previous);
		if (before.submission().status() != SubmissionStatus.SUBMITTED) {
			out.println("上期文件夹整份不能用，无法比较：" + before.submission().message());
			return;
		}
		Period period = period(periodText, folder, YearMonth.now());
		Period previousPeriod = period(null, previousFolder, period.month().minusMonths(1));
		if (previousPeriod.compareTo(period) >= 0) {
			previousPeriod = new Period(period.month().minusMonths(1));
		}
		Path database = Files.createTempFile("two-coverage-validate", ".db");
		try {
			SQLiteDataSource dataSource = new SQLiteDataSource();
			dataSource.setUrl(Workspace.url(database));
			Jdbi jdbi = Stores.jdbi((DataSource) dataSource);
			Period p = previousPeriod;
			jdbi.useTransaction((handle) -> {
				handle.attach(LoadStore.class).open(1, p, "");
				ReturnStore rows = handle.attach(ReturnStore.class);
				rows.putSubmission(1, before.submission());
				rows.addOrganizations(1, city, previous.organizations());
				rows.addContracts(1, city, previous.contracts());
				handle.attach(LoadStore.class).publish(p, 1, "");
			});
			List<Warning> warnings = new ReturnWarnings(jdbi, WarningRules.DEFAULTS)
				.warnings(period, city, current.organizations(), current.contracts()).warnings();
			out.println("与上期（" + p + "，" + previousFolder + "）相比：" + (warnings.isEmpty() ? "没有需要核实的变化"
					: warnings.size() + " 条提示（不影响采用，上传后请逐类填写说明）"));
			for (Warning w : warnings) {
				out.println("  [" + w.code().name() + "] " + w.message());
			}
		}
		finally {
			Files.deleteIfExists(database);
			Files.deleteIfExists(Path.of(database + "-wal"));
			Files.deleteIfExists(Path.of(database + "-shm"));
		}
	}

	/** --period, else the folder's parent when it is named as a period, else {@code otherwise}. */
	private static Period period(String periodText, Path folder, YearMonth otherwise) {
		if (periodText != null && Period.isPeriod(periodText)) {
			return Period.parse(periodText);
		}
		Path parent = folder.toAbsolutePath().normalize().getParent();
		String name = (parent == null || parent.getFileName() == null) ? "" : parent.getFileName().toString();
		return Period.isPeriod(name) ? Period.parse(name) : new Period(otherwise);
	}
}
