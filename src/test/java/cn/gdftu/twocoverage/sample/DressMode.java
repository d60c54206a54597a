package cn.gdftu.twocoverage.sample;

/** How a whole run dresses its files: every city canonical, or the mix the committed sample shows. */
public enum DressMode {

	/** UTF-8, canonical English headers, codes as values, ISO dates, LF, nothing above or below. */
	CANONICAL,

	/** A few cities in Excel dress (GB18030, Chinese, title and totals lines, CRLF), one with a BOM. */
	MIXED
}
