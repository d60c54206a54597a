package cn.gdftu.twocoverage.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled Noto Sans SC subset (GBK, 通用规范汉字表 and CJK Extension A; see resources/fonts/README.md). Java's logical fonts cannot
 * show Chinese on a server without CJK fonts, so every text in a chart is set in one of these.
 */
public final class ChartFonts {

	public static final String FAMILY = "Noto Sans SC";

	private static final Font REGULAR = load("/fonts/NotoSansSC-Regular.ttf");
	private static final Font BOLD = load("/fonts/NotoSansSC-Bold.ttf");

	private ChartFonts() {
	}

	public static Font regular(float size) {
		return REGULAR.deriveFont(size);
	}

	/** The real bold face; it is plain style on purpose, Font.BOLD would embolden it again. */
	public static Font bold(float size) {
		return BOLD.deriveFont(size);
	}

	/** True when both weights have a glyph for every character of the text. */
	public static boolean canDisplayAll(String text) {
		return REGULAR.canDisplayUpTo(text) == -1 && BOLD.canDisplayUpTo(text) == -1;
	}

	/**
	 * The characters of the text that either weight has no glyph for, each once, in order of first
	 * appearance (a character beyond the BMP is one string of two chars). Control characters are
	 * not drawn, so not counted.
	 */
	public static List<String> undrawable(CharSequence text) {
		Set<String> missing = new LinkedHashSet<>();
		text.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.filter((c) -> !REGULAR.canDisplay(c) || !BOLD.canDisplay(c))
			.forEach((c) -> missing.add(Character.toString(c)));
		return List.copyOf(missing);
	}

	private static Font load(String resource) {
		try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("bundled font not on the classpath: " + resource);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read bundled font " + resource, ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("bundled font is not a TrueType font: " + resource, ex);
		}
	}
}
