package cn.gdftu.twocoverage.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartWriterTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void writesA1920x1080PngAndAnSvgWithTextAsOutlines(String kind) throws Exception {
		ChartWriter.ChartFiles files = ChartWriter.write(SampleData.all().get(kind), dir, kind);

		assertThat(files.png()).isEqualTo(dir.resolve(kind + ".png"));
		assertThat(files.svg()).isEqualTo(dir.resolve(kind + ".svg"));
		BufferedImage png = ImageIO.read(files.png().toFile());
		assertThat(png.getWidth()).isEqualTo(1920);
		assertThat(png.getHeight()).isEqualTo(1080);

		String svg = Files.readString(files.svg(), StandardCharsets.UTF_8);
		assertThat(svg).doesNotContain("<text");
		assertThat(svg.toLowerCase()).doesNotContain("font");
		Document document = parse(files.svg());
		Element root = document.getDocumentElement();
		assertThat(root.getAttribute("width")).isEqualTo("1920");
		assertThat(root.getAttribute("height")).isEqualTo("1080");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1920 1080");
		assertThat(document.getElementsByTagNameNS("*", "text").getLength()).isZero();
		// The words are there, as outlines: far more paths than the bars and lines alone need.
		assertThat(document.getElementsByTagNameNS("*", "path").getLength()).isGreaterThan(20);

		assertThat(fileNames()).containsExactlyInAnyOrder(kind + ".png", kind + ".svg");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void thePngHoldsExactlyThePixelsDrawn(String kind) throws IOException {
		JFreeChart chart = SampleData.all().get(kind);
		BufferedImage drawn = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = drawn.createGraphics();
		chart.draw(g2, new Rectangle2D.Double(0, 0, 1920, 1080));
		g2.dispose();

		BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartWriter.png(chart)));
		assertThat(png.getRGB(0, 0, 1920, 1080, null, 0, 1920)).isEqualTo(drawn.getRGB(0, 0, 1920, 1080, null, 0, 1920));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void sameInputGivesByteIdenticalFiles(String kind) throws IOException {
		ChartWriter.ChartFiles first = ChartWriter.write(SampleData.all().get(kind), dir.resolve("first"), kind);
		ChartWriter.ChartFiles second = ChartWriter.write(SampleData.all().get(kind), dir.resolve("second"), kind);

		assertThat(Files.readAllBytes(second.png())).isEqualTo(Files.readAllBytes(first.png()));
		assertThat(Files.readAllBytes(second.svg())).isEqualTo(Files.readAllBytes(first.svg()));
	}

	@Test
	void replacesAnEarlierChartOfTheSameNameAndLeavesNoTemporaryFile() throws IOException {
		JFreeChart org = SampleData.all().get("ranking-org");
		JFreeChart contract = SampleData.all().get("ranking-contract");
		ChartWriter.write(org, dir, "ranking");
		byte[] orgSvg = Files.readAllBytes(dir.resolve("ranking.svg"));

		ChartWriter.write(contract, dir, "ranking");

		assertThat(Files.readAllBytes(dir.resolve("ranking.svg"))).isNotEqualTo(orgSvg)
			.isEqualTo(ChartWriter.svg(contract));
		assertThat(Files.readAllBytes(dir.resolve("ranking.png"))).isEqualTo(ChartWriter.png(contract));
		assertThat(fileNames()).containsExactlyInAnyOrder("ranking.png", "ranking.svg");
	}

	@Test
	void createsTheFolder() {
		Path charts = dir.resolve("reports/2026-10/charts");
		ChartWriter.write(SampleData.all().get("scope-split"), charts, "scope-split");
		assertThat(charts.resolve("scope-split.png")).isRegularFile();
		assertThat(charts.resolve("scope-split.svg")).isRegularFile();
	}

	static Stream<String> kinds() {
		return SampleData.all().keySet().stream();
	}

	private List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

	private static Document parse(Path svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		// Batik writes the SVG 1.0 DOCTYPE; reading it must not go to the network.
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(svg.toFile());
	}
}
