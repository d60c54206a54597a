package cn.gdftu.twocoverage.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PngEncodingTests {

	@Nested
	class Lossless {

		@Test
		void everyPixelReadsBackAsDrawn() throws IOException {
			// Noise beside flat areas and vertical repeats: both filters get chosen on some rows.
			BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
			Random random = new Random(13);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					int rgb = (y % 3 == 0) ? random.nextInt(1 << 24) : (x < 150) ? 0x2f6fb4 : image.getRGB(x, y - 1);
					image.setRGB(x, y, rgb);
				}
			}
			BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoding.encode(image, 3)));
			assertThat(back.getWidth()).isEqualTo(301);
			assertThat(back.getHeight()).isEqualTo(97);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					assertThat(back.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
				}
			}
		}

		@Test
		void theSameImageGivesTheSameBytes() throws IOException {
			BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
			image.setRGB(7, 9, 0xc0392b);
			assertThat(PngEncoding.encode(image, 3)).isEqualTo(PngEncoding.encode(image, 3));
		}
	}

	@Test
	void acceptsOnlyTheChartsImageType() {
		BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
		assertThatIllegalArgumentException().isThrownBy(() -> PngEncoding.encode(argb, 3));
	}
}
