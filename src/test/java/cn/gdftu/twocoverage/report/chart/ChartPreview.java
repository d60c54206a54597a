package cn.gdftu.twocoverage.report.chart;

import java.nio.file.Path;

/** Renders every chart kind with realistic data into a folder, to be looked at. */
public final class ChartPreview {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args.length > 0 ? args[0] : "target/chart-preview");
		for (var entry : SampleData.all().entrySet()) {
			ChartWriter.write(entry.getValue(), dir, entry.getKey());
		}
		System.out.println(dir.toAbsolutePath());
	}
}
