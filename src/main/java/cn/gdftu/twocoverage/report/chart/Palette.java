package cn.gdftu.twocoverage.report.chart;

import java.awt.Color;

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), each with one meaning in
 * every chart, plus the greys for text and grid.
 */
final class Palette {

	static final Color ORGANISATION = new Color(0x0072B2); // blue
	static final Color CONTRACT = new Color(0xE69F00); // orange
	static final Color ACCEPTED = new Color(0x009E73); // bluish green
	static final Color REJECTED = new Color(0xD55E00); // vermillion
	static final Color AVERAGE = new Color(0xCC79A7); // reddish purple
	static final Color TARGET = new Color(0x222222);
	static final Color POINT = new Color(0x333333);

	static final Color TEXT = new Color(0x222222);
	static final Color MUTED = new Color(0x666666);
	static final Color MISSING = new Color(0x888888);
	static final Color GRID = new Color(0xDDDDDD);
	static final Color BACKGROUND = Color.WHITE;
	/** The quadrant of the scatter where both targets are met: a tint of ACCEPTED. */
	static final Color MET_SHADE = new Color(0xE3F4EE);

	private Palette() {
	}

	/** The colour a shade darker, for text: Okabe–Ito orange and green are too light for text on white. */
	static Color text(Color colour) {
		return new Color((int) (colour.getRed() * 0.75), (int) (colour.getGreen() * 0.75),
				(int) (colour.getBlue() * 0.75));
	}
}
