package cn.gdftu.twocoverage.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;

/**
 * Draws a data label centred on the ink of its glyphs, not on the font's line box (which, for a
 * CJK font, sits the digits visibly high), on a small white halo so grid and reference lines
 * crossing it do not make it hard to read.
 */
final class LabelText {

	/** Where the anchor point is, relative to the label. */
	enum Anchor {
		/** The label starts at x, centred on y. */
		LEFT,
		/** The label ends at x, centred on y. */
		RIGHT,
		/** The label is centred on x and y. */
		CENTRE,
		/** The label is centred on x and sits above y. */
		BOTTOM,
		/** The label is centred on x and hangs below y. */
		TOP,
		/** The label starts at x and hangs below y. */
		TOP_LEFT,
		/** The label ends at x and hangs below y. */
		TOP_RIGHT,
		/** The label starts at x and sits above y. */
		BOTTOM_LEFT,
		/** The label ends at x and sits above y. */
		BOTTOM_RIGHT
	}

	/** Wider than high: it must clear a line crossing the text, not reach into the neighbouring bar. */
	static final double HALO_X = 5;
	static final double HALO_Y = 2;
	// Slightly translucent: hides a line crossing the text, barely shows on a tinted background.
	private static final Color HALO_PAINT = new Color(255, 255, 255, 210);

	private LabelText() {
	}

	/** The ink bounds of the text, relative to its baseline origin. */
	static Rectangle2D ink(Graphics2D g2, Font font, String text) {
		return font.createGlyphVector(g2.getFontRenderContext(), text).getVisualBounds();
	}

	/** Where the label's ink will be, without drawing it. */
	static Rectangle2D place(Graphics2D g2, Font font, String text, double x, double y, Anchor anchor) {
		Rectangle2D ink = ink(g2, font, text);
		double w = ink.getWidth();
		double h = ink.getHeight();
		double left = switch (anchor) {
			case LEFT, TOP_LEFT, BOTTOM_LEFT -> x;
			case RIGHT, TOP_RIGHT, BOTTOM_RIGHT -> x - w;
			case CENTRE, BOTTOM, TOP -> x - w / 2;
		};
		double top = switch (anchor) {
			case LEFT, RIGHT, CENTRE -> y - h / 2;
			case BOTTOM, BOTTOM_LEFT, BOTTOM_RIGHT -> y - h;
			case TOP, TOP_LEFT, TOP_RIGHT -> y;
		};
		return new Rectangle2D.Double(left, top, w, h);
	}

	/** Draws the text with its ink at the rectangle from {@link #place}; returns it. */
	static Rectangle2D draw(Graphics2D g2, Font font, String text, Paint paint, double x, double y, Anchor anchor) {
		Rectangle2D box = place(g2, font, text, x, y, anchor);
		drawAt(g2, font, text, paint, box);
		return box;
	}

	static void drawAt(Graphics2D g2, Font font, String text, Paint paint, Rectangle2D box) {
		Rectangle2D ink = ink(g2, font, text);
		g2.setPaint(HALO_PAINT);
		g2.fill(new Rectangle2D.Double(box.getX() - HALO_X, box.getY() - HALO_Y, box.getWidth() + 2 * HALO_X,
				box.getHeight() + 2 * HALO_Y));
		g2.setFont(font);
		g2.setPaint(paint);
		g2.drawString(text, (float) (box.getX() - ink.getX()), (float) (box.getY() - ink.getY()));
	}
}
