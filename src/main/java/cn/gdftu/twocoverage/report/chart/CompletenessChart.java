package cn.gdftu.twocoverage.report.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/**
 * Each city's return this period: accepted and rejected data rows stacked, and cities whose
 * return is missing or was rejected as a whole named in red at the start of their empty row.
 */
final class CompletenessChart {

	static final String ACCEPTED = "已采用行";
	static final String REJECTED = "退回行";
	static final String MISSING = "未报送";
	static final String REJECTED_WHOLE = "整体退回，未采用";

	/** Room right of the longest stack for its label. */
	private static final double HEADROOM = 1.4;

	private CompletenessChart() {
	}

	static JFreeChart create(ChartHeading heading, List<CityStatus> cities) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		CategoryAxis names = ChartStyle.categoryAxis();
		List<EndLabels.Label> labels = new ArrayList<>();
		int longest = 1;
		for (CityStatus city : cities) {
			boolean used = city.status() == SubmissionStatus.SUBMITTED;
			// A city whose return was not used has no bars: nothing of it counts.
			dataset.addValue(used ? city.acceptedRows() : null, ACCEPTED, city.name());
			dataset.addValue(used ? city.rejectedRows() : null, REJECTED, city.name());
			if (used) {
				int total = city.acceptedRows() + city.rejectedRows();
				longest = Math.max(longest, total);
				labels.add(new EndLabels.Label(city.name(), total, rowsLabel(city), Palette.TEXT));
			}
			else {
				names.setTickLabelPaint(city.name(), Palette.text(Palette.REJECTED));
				String text = city.status() == SubmissionStatus.MISSING ? MISSING : REJECTED_WHOLE;
				labels.add(new EndLabels.Label(city.name(), 0, text, Palette.text(Palette.REJECTED)));
			}
		}

		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setSeriesPaint(0, Palette.ACCEPTED);
		renderer.setSeriesPaint(1, Palette.REJECTED);
		renderer.setDefaultLegendShape(new Rectangle2D.Double(-14, -14, 28, 28));

		NumberAxis rows = ChartStyle.countAxis(null);
		rows.setRange(0, longest * HEADROOM);
		CategoryPlot plot = new CategoryPlot(dataset, names, rows, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		ChartStyle.categoryPlot(plot);
		plot.addAnnotation(new EndLabels(labels, ChartFonts.regular(ChartStyle.ITEM_LABEL)));
		if (!cities.isEmpty()) {
			// Every city has its own words ("未报送"), a plot-wide "无数据" would only add noise.
			plot.setNoDataMessage(null);
		}
		return ChartStyle.chart(plot, heading, true);
	}

	static String rowsLabel(CityStatus city) {
		String accepted = ChartStyle.countFormat().format(city.acceptedRows()) + " 行";
		if (city.rejectedRows() == 0) {
			return accepted;
		}
		return accepted + " · 退回 " + ChartStyle.countFormat().format(city.rejectedRows()) + " 行";
	}
}
