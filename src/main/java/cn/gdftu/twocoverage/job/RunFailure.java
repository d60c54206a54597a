package cn.gdftu.twocoverage.job;

/** A run's failure whose message is written for the user: printed as it is, on one line. */
class RunFailure extends RuntimeException {

	RunFailure(String message) {
		super(message, null, false, false);
	}
}
