package cn.gdftu.twocoverage.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A chart image as PNG (8-bit RGB, no ancillary chunks, so the bytes depend on the pixels only).
 * ImageIO's writer takes each row through the generic Raster API sample by sample and tries five
 * filters per row, which made it most of the report's time; this reads the image's own int array
 * and picks, per row, the cheaper of the "sub" and "up" filters (flat chart areas become runs of
 * zeros either way). Lossless: the pixels read back are the pixels drawn.
 */
final class PngEncoding {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final int FILTER_SUB = 1;

	private static final int FILTER_UP = 2;

	private PngEncoding() {
	}

	/** Encodes an image of type {@link BufferedImage#TYPE_INT_RGB}. */
	static byte[] encode(BufferedImage image, int level) throws IOException {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("expected TYPE_INT_RGB, got type " + image.getType());
		}
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 4);
		png.write(SIGNATURE);
		ByteArrayOutputStream header = new ByteArrayOutputStream(13);
		DataOutputStream ihdr = new DataOutputStream(header);
		ihdr.writeInt(width);
		ihdr.writeInt(height);
		ihdr.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits, truecolour, deflate, adaptive filters, no interlace
		chunk(png, "IHDR", header.toByteArray());
		chunk(png, "IDAT", idat(pixels, width, height, level));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static byte[] idat(int[] pixels, int width, int height, int level) throws IOException {
		int stride = width * 3;
		byte[] previous = new byte[stride];
		byte[] current = new byte[stride];
		byte[] sub = new byte[stride + 1];
		byte[] up = new byte[stride + 1];
		sub[0] = FILTER_SUB;
		up[0] = FILTER_UP;
		ByteArrayOutputStream data = new ByteArrayOutputStream(stride * height / 8);
		Deflater deflater = new Deflater(level);
		try (OutputStream out = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
			for (int y = 0; y < height; y++) {
				rgb(pixels, y * width, width, current);
				long subCost = filterSub(current, sub);
				long upCost = filterUp(current, previous, up);
				out.write((upCost < subCost) ? up : sub);
				byte[] swap = previous;
				previous = current;
				current = swap;
			}
		}
		finally {
			deflater.end();
		}
		return data.toByteArray();
	}

	private static void rgb(int[] pixels, int offset, int width, byte[] row) {
		for (int x = 0, i = 0; x < width; x++) {
			int p = pixels[offset + x];
			row[i++] = (byte) (p >>> 16);
			row[i++] = (byte) (p >>> 8);
			row[i++] = (byte) p;
		}
	}

	/** Each byte minus the same channel of the pixel to its left; returns the usual cost estimate. */
	private static long filterSub(byte[] row, byte[] out) {
		long cost = 0;
		for (int i = 0; i < row.length; i++) {
			int left = (i >= 3) ? row[i - 3] : 0;
			byte b = (byte) (row[i] - left);
			out[i + 1] = b;
			cost += Math.abs(b);
		}
		return cost;
	}

	/** Each byte minus the byte above it. */
	private static long filterUp(byte[] row, byte[] above, byte[] out) {
		long cost = 0;
		for (int i = 0; i < row.length; i++) {
			byte b = (byte) (row[i] - above[i]);
			out[i + 1] = b;
			cost += Math.abs(b);
		}
		return cost;
	}

	private static void chunk(OutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}
}
