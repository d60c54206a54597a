package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.job.CityValidation;
import cn.gdftu.twocoverage.job.Workspace;
import cn.gdftu.twocoverage.report.PeriodReport;
import cn.gdftu.twocoverage.report.ReportStore;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.Submission;

/**
 * The one city check, as the site calls it: the very check of the monthly job and {@code validate}
 * (never a second implementation). Today that check is the validate job, which writes its working
 * rows to a database: it runs in a private context on a scratch database, so the province's
 * database never sees a half-checked upload; one check at a time, and each check's rows are dropped
 * as soon as they have been read.
 */
@Component
@ConditionalOnWebApplication
public class UploadCheck implements DisposableBean {

	private Path scratch;

	private ConfigurableApplicationContext checker;

	/** The verdict on the return in {@code folder}: the job's status and counts, and every rejected row. */
	public synchronized Result check(String cityCode, Path folder, String period) throws Exception {
		ConfigurableApplicationContext context = checker();
		try {
			CityValidation.Result result = context.getBean(CityValidation.class).validate(cityCode, folder, period);
			return new Result(result.submission(), result.rejects());
		}
		finally {
			LoadStore loads = context.getBean(LoadStore.class);
			for (String table : LoadStore.LOAD_TABLES) {
				loads.deleteOtherLoads(table, period, -1);
			}
			loads.deleteOtherLoadRecords(period, -1);
		}
	}

	/** Starts the check's context in the background once the site is up, so the first upload is quick too. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread warmUp = new Thread(() -> {
			try {
				synchronized (this) {
					checker();
				}
			}
			catch (Exception ex) {
				// The first upload will try again and report the failure.
			}
		}, "upload-check-warm-up");
		warmUp.setDaemon(true);
		warmUp.start();
	}

	private ConfigurableApplicationContext checker() throws IOException {
		if (this.checker == null) {
			this.scratch = Files.createTempDirectory("two-coverage-site-check");
			this.checker = Workspace.start(this.scratch.resolve("check.db"),
					Map.of("two-coverage.progress", "false", "spring.main.web-application-type", "none"));
		}
		return this.checker;
	}

	@Override
	public synchronized void destroy() {
		if (this.checker != null) {
			this.checker.close();
			PeriodReport.deleteTree(this.scratch);
		}
	}

	/** What the check made of a return; {@code submission.status()} is submitted or rejected. */
	public record Result(Submission submission, List<ReportStore.Reject> rejects) {

		public boolean stored() {
			return Submission.SUBMITTED.equals(this.submission.status());
		}
	}
}
