package cn.gdftu.twocoverage.report.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every string a chart draws, with the font family it is drawn in: the chart is drawn once more
 * into Batik with text kept as text, and the text elements are read back.
 */
record DrawnText(String text, String fontFamily) {

	static List<DrawnText> of(JFreeChart chart) {
		Document document = GenericDOMImplementation.getDOMImplementation()
				.createDocument("http://www.w3.org/2000/svg", "svg", null);
		SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(document);
		SVGGraphics2D g2 = new SVGGraphics2D(ctx, false);
		g2.setSVGCanvasSize(new Dimension(ChartStyle.WIDTH, ChartStyle.HEIGHT));
		chart.draw(g2, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
		Element root = g2.getRoot();
		List<DrawnText> texts = new ArrayList<>();
		NodeList nodes = root.getElementsByTagNameNS("*", "text");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element text = (Element) nodes.item(i);
			texts.add(new DrawnText(text.getTextContent(), family(text)));
		}
		g2.dispose();
		return texts;
	}

	static List<String> strings(JFreeChart chart) {
		return of(chart).stream().map(DrawnText::text).toList();
	}

	private static String family(Element element) {
		for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
			if (e.hasAttribute("font-family")) {
				return e.getAttribute("font-family");
			}
		}
		return null;
	}
}
