package cn.gdftu.twocoverage.ingest;

/** Thrown for a bad row so the step skips it; carries what goes into the city's rejects file. */
public class RowRejectedException extends RuntimeException {

	private final transient RowRejection rejection;

	public RowRejectedException(RowRejection rejection) {
		super(rejection.reason() + " at " + rejection.file() + ":" + rejection.line(), null, false, false);
		this.rejection = rejection;
	}

	public RowRejection rejection() {
		return this.rejection;
	}
}
