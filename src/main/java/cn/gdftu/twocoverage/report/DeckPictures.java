package cn.gdftu.twocoverage.report;

import java.awt.Dimension;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;

import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/**
 * Adds a chart's PNG to the deck without POI decoding it. POI learns a picture's size, the first time
 * it is asked (placing the picture, or comparing pictures), by decoding the whole image with ImageIO:
 * for a 1920×1080 chart that was most of the deck's time, to size a shape whose anchor the deck then
 * sets itself. The PNG's header states the size, so POI is given it (and the checksum) as it would
 * have computed them, in its private fields; where POI has no such fields (another version), it
 * decodes as before. The deck's bytes are the same either way.
 */
final class DeckPictures {

	private static final Field SIZE = field("origSize");

	private static final Field CHECKSUM = field("checksum");

	/** A PNG starts with an 8-byte signature, then the IHDR chunk: length, type, width, height. */
	private static final int WIDTH_OFFSET = 16;

	private DeckPictures() {
	}

	static XSLFPictureData png(XMLSlideShow deck, byte[] png) {
		XSLFPictureData picture = deck.addPicture(png, PictureType.PNG);
		if (SIZE != null && CHECKSUM != null && png.length >= WIDTH_OFFSET + 8) {
			ByteBuffer header = ByteBuffer.wrap(png, WIDTH_OFFSET, 8);
			int width = header.getInt();
			int height = header.getInt();
			// As ImageHeaderBitmap states a bitmap's size: whole points.
			Dimension size = new Dimension((int) Units.pixelToPoints(width), (int) Units.pixelToPoints(height));
			try {
				CHECKSUM.set(picture, IOUtils.calculateChecksum(png));
				SIZE.set(picture, size);
			}
			catch (IllegalAccessException ex) {
				// Left to POI, which decodes the image.
			}
		}
		return picture;
	}

	private static Field field(String name) {
		try {
			Field field = XSLFPictureData.class.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}
}
