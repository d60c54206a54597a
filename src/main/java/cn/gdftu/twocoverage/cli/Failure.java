package cn.gdftu.twocoverage.cli;

/** The job's own failures: one clear line on standard error and a non-zero exit code (SPEC §6). */
final class Failure {

	private Failure() {
	}

	static int of(int exitCode, String message) {
		System.err.println("two-coverage: " + message);
		return exitCode;
	}
}
