package cn.gdftu.twocoverage.report.chart;

import java.awt.Color;

/** The two coverage rates; each has one colour and one short name in every chart. */
public enum Coverage {

	ORGANISATION("女职工组织覆盖率", Palette.ORGANISATION),
	CONTRACT("专项集体合同覆盖率", Palette.CONTRACT);

	private final String label;
	private final Color colour;

	Coverage(String label, Color colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return label;
	}

	public Color colour() {
		return colour;
	}
}
