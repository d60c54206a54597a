package cn.gdftu.twocoverage.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Names every point of a scatter. Placement is greedy and deterministic: fixed captions first,
 * then each point tries spots around itself, nearest first, and takes the first one that covers
 * no point, no other label and stays inside the plot; a label pushed away gets a leader line.
 */
final class PointLabels extends AbstractXYAnnotation {

	/** A point to name, in data coordinates. */
	record Point(String name, double x, double y) {
	}

	/** A caption such as a target line's label, drawn at the first of its spots that covers no point. */
	record Caption(String text, Paint paint, List<Spot> spots) {

		Caption(String text, Paint paint, Spot... spots) {
			this(text, paint, List.of(spots));
		}

		Caption {
			spots = List.copyOf(spots);
			if (spots.isEmpty()) {
				throw new IllegalArgumentException("a caption needs a spot: " + text);
			}
		}
	}

	/**
	 * A place for a caption: x and y are data values when dataX/dataY, else fractions of the plot
	 * area's width and height from its top-left corner.
	 */
	record Spot(double x, double y, boolean dataX, boolean dataY, LabelText.Anchor anchor) {
	}

	private static final double[] DISTANCES = { 1, 2, 3.2, 4.6, 6.5 };

	/** Directions in the order tried: right, left, up, down, then the diagonals. */
	private static final double[][] DIRECTIONS = { { 1, 0 }, { -1, 0 }, { 0, -1 }, { 0, 1 }, { 1, -1 }, { -1, -1 },
			{ 1, 1 }, { -1, 1 } };

	private final List<Point> points;
	private final List<Caption> captions;
	private final double pointRadius;
	private final Font font;
	private final Font captionFont;

	PointLabels(List<Point> points, List<Caption> captions, double pointRadius) {
		this.points = List.copyOf(points);
		this.captions = List.copyOf(captions);
		this.pointRadius = pointRadius;
		this.font = ChartFonts.regular(ChartStyle.ITEM_LABEL);
		this.captionFont = ChartFonts.bold(ChartStyle.MARKER_LABEL);
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
			int rendererIndex, PlotRenderingInfo info) {
		RectangleEdge xEdge = plot.getDomainAxisEdge();
		RectangleEdge yEdge = plot.getRangeAxisEdge();
		List<Rectangle2D> taken = new ArrayList<>();
		List<Point2D> centres = new ArrayList<>();
		for (Point point : points) {
			Point2D centre = new Point2D.Double(domainAxis.valueToJava2D(point.x(), dataArea, xEdge),
					rangeAxis.valueToJava2D(point.y(), dataArea, yEdge));
			centres.add(centre);
			double r = pointRadius + 3;
			taken.add(new Rectangle2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r));
		}
		for (Caption caption : captions) {
			Rectangle2D box = captionBox(g2, caption, dataArea, domainAxis, rangeAxis, xEdge, yEdge, taken);
			LabelText.drawAt(g2, captionFont, caption.text(), caption.paint(), box);
			taken.add(grow(box));
		}
		List<Rectangle2D> inks = new ArrayList<>();
		for (Point point : points) {
			inks.add(LabelText.ink(g2, font, point.name()));
		}
		List<Placed> placed = layout(centres, inks, taken, dataArea, pointRadius);
		for (int i = 0; i < points.size(); i++) {
			Placed label = placed.get(i);
			if (label.leader()) {
				leader(g2, centres.get(i), label.box());
			}
			LabelText.drawAt(g2, font, points.get(i).name(), Palette.TEXT, label.box());
		}
	}

	/** The first of the caption's spots that covers nothing taken, else the one that covers least. */
	private Rectangle2D captionBox(Graphics2D g2, Caption caption, Rectangle2D dataArea, ValueAxis domainAxis,
			ValueAxis rangeAxis, RectangleEdge xEdge, RectangleEdge yEdge, List<Rectangle2D> taken) {
		Rectangle2D best = null;
		double bestOverlap = Double.MAX_VALUE;
		for (Spot spot : caption.spots()) {
			double x = spot.dataX() ? domainAxis.valueToJava2D(spot.x(), dataArea, xEdge)
					: dataArea.getX() + spot.x() * dataArea.getWidth();
			double y = spot.dataY() ? rangeAxis.valueToJava2D(spot.y(), dataArea, yEdge)
					: dataArea.getY() + spot.y() * dataArea.getHeight();
			Rectangle2D box = LabelText.place(g2, captionFont, caption.text(), x, y, spot.anchor());
			double overlap = overlap(grow(box), taken);
			if (overlap < bestOverlap) {
				best = box;
				bestOverlap = overlap;
			}
		}
		return best;
	}

	/** Where one label went, and whether it is far enough from its point to need a leader line. */
	record Placed(Rectangle2D box, boolean leader) {
	}

	/**
	 * Places one label per point (ink sizes given), avoiding the taken rectangles (points,
	 * captions) and each other; in point order, so the result depends on the input only.
	 */
	static List<Placed> layout(List<Point2D> centres, List<Rectangle2D> inks, List<Rectangle2D> fixed,
			Rectangle2D area, double pointRadius) {
		List<Rectangle2D> taken = new ArrayList<>(fixed);
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < centres.size(); i++) {
			Placed label = place(centres.get(i), inks.get(i), area, taken, pointRadius);
			placed.add(label);
			taken.add(grow(label.box()));
		}
		return placed;
	}

	private static Placed place(Point2D centre, Rectangle2D ink, Rectangle2D area, List<Rectangle2D> taken,
			double pointRadius) {
		Rectangle2D best = null;
		double bestOverlap = Double.MAX_VALUE;
		double bestDistance = 1;
		double step = pointRadius + 8;
		search:
		for (double distance : DISTANCES) {
			for (double[] direction : DIRECTIONS) {
				Rectangle2D box = box(centre, ink, direction, distance * step);
				if (!area.contains(box)) {
					continue;
				}
				double overlap = overlap(box, taken);
				if (overlap < bestOverlap) {
					best = box;
					bestOverlap = overlap;
					bestDistance = distance;
					if (overlap == 0) {
						break search;
					}
				}
			}
		}
		if (best == null) {
			return new Placed(box(centre, ink, DIRECTIONS[0], step), false);
		}
		return new Placed(best, bestDistance > 1);
	}

	/** The label's ink box, offset from the point in one direction with its near edge at the distance. */
	private static Rectangle2D box(Point2D centre, Rectangle2D ink, double[] direction, double distance) {
		double w = ink.getWidth();
		double h = ink.getHeight();
		double dx = direction[0];
		double dy = direction[1];
		double scale = (dx != 0 && dy != 0) ? 0.75 : 1;
		double x = centre.getX() + dx * distance * scale;
		double y = centre.getY() + dy * distance * scale;
		double left = dx > 0 ? x : dx < 0 ? x - w : x - w / 2;
		double top = dy > 0 ? y : dy < 0 ? y - h : y - h / 2;
		return new Rectangle2D.Double(left, top, w, h);
	}

	private static double overlap(Rectangle2D box, List<Rectangle2D> taken) {
		double total = 0;
		for (Rectangle2D other : taken) {
			if (box.intersects(other)) {
				Rectangle2D common = box.createIntersection(other);
				total += common.getWidth() * common.getHeight() + 1;
			}
		}
		return total;
	}

	private void leader(Graphics2D g2, Point2D centre, Rectangle2D box) {
		double x = Math.max(box.getMinX(), Math.min(centre.getX(), box.getMaxX()));
		double y = Math.max(box.getMinY(), Math.min(centre.getY(), box.getMaxY()));
		double length = centre.distance(x, y);
		if (length <= pointRadius + 2) {
			return;
		}
		double start = (pointRadius + 2) / length;
		g2.setPaint(Palette.MISSING);
		g2.setStroke(new BasicStroke(1.5f));
		g2.draw(new Line2D.Double(centre.getX() + (x - centre.getX()) * start,
				centre.getY() + (y - centre.getY()) * start, x, y));
	}

	private static Rectangle2D grow(Rectangle2D box) {
		double padX = LabelText.HALO_X + 2;
		double padY = LabelText.HALO_Y + 4;
		return new Rectangle2D.Double(box.getX() - padX, box.getY() - padY, box.getWidth() + 2 * padX,
				box.getHeight() + 2 * padY);
	}

	@Override
	public boolean equals(Object obj) {
		return obj == this;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
