package cn.gdftu.twocoverage.ingest;

/**
 * A return that cannot be used at all (SPEC §5 "rejected"). The message is Chinese and says what
 * the city must fix.
 */
public class ReturnRejectedException extends Exception {

	public ReturnRejectedException(String message) {
		super(message);
	}
}
