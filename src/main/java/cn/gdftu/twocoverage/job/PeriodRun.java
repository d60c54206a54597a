package cn.gdftu.twocoverage.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import cn.gdftu.twocoverage.Period;

/**
 * One run of the monthly job started from the site: who started it and when, the progress lines the
 * command line would print, and how it ended (the summary line, or why it failed). Read by the page
 * while the run's thread writes it.
 */
public final class PeriodRun {

	/** Where a run is. */
	public enum State {

		RUNNING("运行中"), COMPLETED("已完成"), FAILED("运行失败");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}
	}

	private final Period period;

	private final String account;

	private final Instant startedAt;

	private final List<String> lines = new ArrayList<>();

	private final CompletableFuture<PeriodRun> done = new CompletableFuture<>();

	private State state = State.RUNNING;

	private String result = "";

	private Instant endedAt;

	PeriodRun(Period period, String account, Instant startedAt) {
		this.period = period;
		this.account = account;
		this.startedAt = startedAt;
	}

	/** A run refused or failed before the job could start: failed at once with the reason. */
	static PeriodRun failedAtStart(Period period, String account, Instant at, String why) {
		PeriodRun run = new PeriodRun(period, account, at);
		run.end(false, why, at);
		return run;
	}

	synchronized void progress(String line) {
		this.lines.add(line);
	}

	void end(boolean completed, String line, Instant at) {
		synchronized (this) {
			this.state = completed ? State.COMPLETED : State.FAILED;
			this.result = line;
			this.endedAt = at;
		}
		this.done.complete(this);
	}

	public Period period() {
		return this.period;
	}

	public String account() {
		return this.account;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public synchronized State state() {
		return this.state;
	}

	/** The summary line when completed, the reason when failed, empty while running. */
	public synchronized String result() {
		return this.result;
	}

	public synchronized Instant endedAt() {
		return this.endedAt;
	}

	/** The progress lines so far, as the command line prints them. */
	public synchronized List<String> lines() {
		return List.copyOf(this.lines);
	}

	/** Completes when the run has ended, whichever way. */
	public CompletableFuture<PeriodRun> done() {
		return this.done;
	}
}
