package cn.gdftu.twocoverage.report.chart;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.DefaultErrorHandler;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import com.pngencoder.PngEncoder;

/**
 * Writes a chart as {@code name.png} (1920×1080) and {@code name.svg} (text drawn as outlines, so
 * it renders without the font). Each file is written beside its final name and renamed into
 * place, so a reader never sees half a chart. The same chart gives byte-identical files.
 */
public final class ChartWriter {

	private static final int WIDTH = ChartStyle.WIDTH;
	private static final int HEIGHT = ChartStyle.HEIGHT;
	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	/** Deflate level of the PNGs: about three times less CPU than ImageIO's writer at its default. */
	private static final int PNG_DEFLATE_LEVEL = 3;

	private ChartWriter() {
	}

	/** The two files written for one chart. */
	public record ChartFiles(Path png, Path svg) {
	}

	public static ChartFiles write(JFreeChart chart, Path dir, String baseName) {
		try {
			Files.createDirectories(dir);
			Path png = dir.resolve(baseName + ".png");
			Path svg = dir.resolve(baseName + ".svg");
			writeAtomically(png, png(chart));
			writeAtomically(svg, svg(chart));
			return new ChartFiles(png, svg);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write chart " + dir.resolve(baseName), ex);
		}
	}

	static byte[] png(JFreeChart chart) throws IOException {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
		}
		finally {
			g2.dispose();
		}
		// One thread per chart: the charts are already drawn in parallel.
		return new PngEncoder().withBufferedImage(image)
			.withCompressionLevel(PNG_DEFLATE_LEVEL)
			.withMultiThreadedCompressionEnabled(false)
			.toBytes();
	}

	static byte[] svg(JFreeChart chart) throws IOException {
		Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
		SVGGeneratorContext ctx = OwnNumberFormatContext.create(document);
		ctx.setEmbeddedFontsOn(false);
		ctx.setComment(null);
		SVGGraphics2D g2 = new SVGGraphics2D(ctx, true);
		g2.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
		chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));

		Element root = g2.getRoot();
		root.setAttributeNS(null, "viewBox", "0 0 " + WIDTH + " " + HEIGHT);
		// Text is drawn as paths, but Batik still states the graphics context's font on each group.
		stripFontAttributes(root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			g2.stream(root, writer, false, false);
		}
		g2.dispose();
		return out.toByteArray();
	}

	private static void stripFontAttributes(Node node) {
		if (node instanceof Element element) {
			NamedNodeMap attributes = element.getAttributes();
			for (int i = attributes.getLength() - 1; i >= 0; i--) {
				String name = attributes.item(i).getNodeName();
				if (name.startsWith("font-")) {
					element.removeAttribute(name);
				}
			}
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			stripFontAttributes(child);
		}
	}

	/**
	 * Batik's default context formats numbers with DecimalFormats shared by every context, which are
	 * not thread-safe; this one formats with its own, so charts make their SVGs in parallel, and with
	 * {@link SvgNumberFormat}: the same text at two decimals, several times faster.
	 */
	private static final class OwnNumberFormatContext extends SVGGeneratorContext {

		private OwnNumberFormatContext(Document document) {
			super(document);
		}

		/** What {@link SVGGeneratorContext#createDefault} sets up, at two decimals. */
		static SVGGeneratorContext create(Document document) {
			OwnNumberFormatContext ctx = new OwnNumberFormatContext(document);
			ctx.setIDGenerator(new SVGIDGenerator());
			ctx.setExtensionHandler(new DefaultExtensionHandler());
			ctx.setImageHandler(new ImageHandlerBase64Encoder());
			ctx.setStyleHandler(new DefaultStyleHandler());
			ctx.setErrorHandler(new DefaultErrorHandler());
			ctx.setPrecision(2);
			ctx.decimalFormat = new SvgNumberFormat();
			return ctx;
		}
	}

	private static void writeAtomically(Path target, byte[] content) throws IOException {
		Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
		try {
			Files.write(temp, content);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}
}
