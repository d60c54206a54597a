package cn.gdftu.twocoverage.job;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.ReferenceData;

/** The job's progress on standard output: one line per city and step, then one summary per period. */
public class Progress {

	private final PrintStream out;

	private final ReferenceData reference;

	/** Who else reads the lines as they come: the province page while it runs a period. */
	private final List<Consumer<String>> watchers = new CopyOnWriteArrayList<>();

	/** A progress that prints nowhere, for the validate command whose output is its own report. */
	static Progress quiet(ReferenceData reference) {
		return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), reference);
	}

	public Progress(PrintStream out, ReferenceData reference) {
		this.out = out;
		this.reference = reference;
	}

	void surveyed(Period period, String cityCode, SubmissionStatus status, String message) {
		line(period, cityCode, "检查", status.code() + (message.isEmpty() ? "" : "  " + message));
	}

	void ingested(Period period, Submission submission) {
		line(period, submission.cityCode(), "读取", submission.status().code() + "  基层工会 " + submission.organizationsAccepted()
				+ "/" + submission.organizationsRows() + " 行采用  专项合同 " + submission.contractsAccepted() + "/"
				+ submission.contractsRows() + " 行采用  拒绝 " + submission.rejectedRows() + " 行"
				+ (submission.status() == SubmissionStatus.REJECTED ? "  " + submission.message() : ""));
	}

	void unknownFolder(Period period, String name) {
		emit(String.format("[%s] %-6s %s", period, name, "不是本省地级市代码的文件夹，已忽略"));
	}

	void step(Period period, String what) {
		emit(String.format("[%s] %s", period, what));
	}

	void summary(String line) {
		emit(line);
	}

	/** Passes every line to {@code watcher} too, until the returned handle is closed. */
	AutoCloseable watch(Consumer<String> watcher) {
		this.watchers.add(watcher);
		return () -> this.watchers.remove(watcher);
	}

	private void line(Period period, String cityCode, String step, String detail) {
		String name = this.reference.city(cityCode).map((city) -> city.name()).orElse("");
		emit(String.format("[%s] %s %-4s %s  %s", period, cityCode, name, step, detail));
	}

	private void emit(String line) {
		this.out.println(line);
		this.out.flush();
		this.watchers.forEach((watcher) -> watcher.accept(line));
	}
}
