package cn.gdftu.twocoverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.junit.jupiter.api.Test;

class DeckPicturesTests {

	@Test
	void givesPoiTheSizeAndChecksumItWouldComputeByDecoding() throws IOException {
		byte[] png = png(1920, 1080);
		try (XMLSlideShow decoded = new XMLSlideShow(); XMLSlideShow given = new XMLSlideShow()) {
			XSLFPictureData byPoi = decoded.addPicture(png, PictureType.PNG);
			XSLFPictureData byHeader = DeckPictures.png(given, png);

			// 1920 × 1080 pixels at 96 dpi, in points.
			assertThat(byHeader.getImageDimension()).isEqualTo(new Dimension(1440, 810));
			assertThat(byPoi.getImageDimension()).isEqualTo(new Dimension(1440, 810));
			assertThat(byHeader.getChecksum()).isEqualTo(byPoi.getChecksum());
			assertThat(byHeader.getData()).isEqualTo(png);
		}
	}

	/**
	 * The size is read from the header, not by decoding: a PNG cut after its header cannot be decoded,
	 * yet has its size. Fails if a POI upgrade renamed the fields and the deck went back to decoding.
	 */
	@Test
	void readsTheSizeFromTheHeaderWithoutDecoding() throws IOException {
		byte[] header = Arrays.copyOf(png(800, 600), 33);
		try (XMLSlideShow deck = new XMLSlideShow()) {
			assertThat(DeckPictures.png(deck, header).getImageDimension()).isEqualTo(new Dimension(600, 450));
		}
	}

	private static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		g2.setColor(Color.ORANGE);
		g2.fillRect(10, 20, width / 2, height / 3);
		g2.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
