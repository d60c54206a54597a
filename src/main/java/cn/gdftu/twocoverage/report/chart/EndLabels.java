package cn.gdftu.twocoverage.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * A text after the end of each horizontal bar (or stack), e.g. "12,345 行 · 退回 56 行" or
 * "未报送" at 0 for a city with no bar. One annotation draws them all.
 */
final class EndLabels extends AbstractAnnotation implements CategoryAnnotation {

	/** The text for one category, placed just right of the value. */
	record Label(Comparable<?> category, double value, String text, Paint paint) {
	}

	private static final double GAP = 12;

	private final List<Label> labels;
	private final Font font;

	EndLabels(List<Label> labels, Font font) {
		this.labels = List.copyOf(labels);
		this.font = font;
	}

	List<Label> labels() {
		return labels;
	}

	@Override
	public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
			ValueAxis rangeAxis) {
		// The plot's own categories: a subplot of a combined plot does not own the shared axis.
		List<?> categories = plot.getCategories();
		for (Label label : labels) {
			int index = categories.indexOf(label.category());
			if (index < 0) {
				continue;
			}
			double y = domainAxis.getCategoryMiddle(index, categories.size(), dataArea, plot.getDomainAxisEdge());
			double x = rangeAxis.valueToJava2D(label.value(), dataArea, plot.getRangeAxisEdge());
			LabelText.draw(g2, font, label.text(), label.paint(), x + GAP, y, LabelText.Anchor.LEFT);
		}
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
