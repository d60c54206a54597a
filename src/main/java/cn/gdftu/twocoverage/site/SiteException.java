package cn.gdftu.twocoverage.site;

import org.springframework.http.HttpStatus;

/** A request the site refuses, with the HTTP status of SPEC §9 and a Chinese message saying what to do. */
public class SiteException extends RuntimeException {

	private final HttpStatus status;

	public SiteException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}
}
