/**
 * The report's charts, as 1920×1080 PNG and outline-only SVG for 16:9 slides.
 *
 * <p>Build a chart with {@link cn.gdftu.twocoverage.report.chart.CoverageCharts} from plain
 * records (no database types), then write it:
 *
 * <pre>{@code
 * ChartHeading heading = ChartHeading.of("各市女职工组织覆盖率", YearMonth.of(2026, 10), 19);
 * JFreeChart chart = CoverageCharts.rankingChart(heading, Coverage.ORGANISATION, bars, new BigDecimal("0.95"),
 *         new BigDecimal("0.8731"));
 * ChartWriter.write(chart, reportDir.resolve("charts"), "ranking-org");
 * }</pre>
 *
 * <p>Rates and targets are the report's {@code BigDecimal} fractions in [0, 1], labelled by
 * {@code coverage.Rate} from that same value; null means the denominator is 0 and is shown as 无数据. All
 * text is set in the bundled Noto Sans SC subset ({@link cn.gdftu.twocoverage.report.chart.ChartFonts}),
 * so the charts need no font on the machine. To look at every chart kind with sample data:
 * {@code ChartPreview} in the tests.
 */
package cn.gdftu.twocoverage.report.chart;
