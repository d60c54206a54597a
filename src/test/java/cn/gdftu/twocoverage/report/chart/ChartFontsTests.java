package cn.gdftu.twocoverage.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartFontsTests {

	@Test
	void loadsTheBundledRegularAndBoldFaces() {
		Font regular = ChartFonts.regular(28f);
		Font bold = ChartFonts.bold(56f);
		assertThat(regular.getFamily()).isEqualTo(ChartFonts.FAMILY);
		assertThat(bold.getFamily()).isEqualTo(ChartFonts.FAMILY);
		assertThat(regular.getFontName()).isEqualTo("Noto Sans SC Regular");
		assertThat(bold.getFontName()).isEqualTo("Noto Sans SC Bold");
		assertThat(regular.getSize2D()).isEqualTo(28f);
		assertThat(bold.getSize2D()).isEqualTo(56f);
	}

	@Test
	void canDisplayAllIsFalseForACharacterOutsideTheSubset() {
		assertThat(ChartFonts.canDisplayAll("广州市")).isTrue();
		// Hangul is in neither GBK, 通用规范汉字表, Extension A nor the reference names.
		assertThat(ChartFonts.canDisplayAll("广州\uD55C")).isFalse();
	}

	@Test
	void drawsTheRareCharactersOfEmployerNames() {
		// GBK beyond GB 2312, and 䶮 of CJK Extension A (GB 18030).
		assertThat(ChartFonts.undrawable("堃珺喆赟昇琤䶮")).isEmpty();
	}

	@Test
	void undrawableListsEachCharacterOutsideTheFontOnce() {
		assertThat(ChartFonts.undrawable("한국 广州 한\uD840\uDC00")).containsExactly("한", "국", "\uD840\uDC00");
	}

	@Nested
	class ReferenceNames {

		@ParameterizedTest
		@MethodSource("cn.gdftu.twocoverage.report.chart.ChartFontsTests#referenceNames")
		void bothWeightsDisplayEveryCharacter(String name) {
			assertThat(ChartFonts.regular(28f).canDisplayUpTo(name)).as("regular: %s", name).isEqualTo(-1);
			assertThat(ChartFonts.bold(28f).canDisplayUpTo(name)).as("bold: %s", name).isEqualTo(-1);
		}
	}

	@Nested
	class StringsTheChartsDraw {

		@ParameterizedTest
		@MethodSource("cn.gdftu.twocoverage.report.chart.ChartFontsTests#charts")
		void everyStringIsSetInTheBundledFontAndDisplayable(String kind, JFreeChart chart) {
			List<DrawnText> texts = DrawnText.of(chart);
			assertThat(texts).isNotEmpty();
			assertThat(texts).allSatisfy(text -> {
				assertThat(text.fontFamily()).as("font of '%s'", text.text()).isEqualTo("'" + ChartFonts.FAMILY + "'");
				assertThat(ChartFonts.canDisplayAll(text.text())).as("glyphs for '%s'", text.text()).isTrue();
			});
		}
	}

	/** Every Chinese name in the reference files: divisions, industries, ownership names and aliases. */
	static Stream<String> referenceNames() {
		List<String> names = new ArrayList<>();
		SampleData.reference("guangdong-divisions.csv").forEach(row -> names.add(row[1]));
		SampleData.reference("industries.csv").forEach(row -> names.add(row[1]));
		SampleData.reference("ownership.csv").forEach(row -> {
			names.add(row[1]);
			names.addAll(List.of(row[2].split("\\|")));
		});
		assertThat(names).hasSizeGreaterThan(150).contains("广州市", "浈江区", "信息传输、软件和信息技术服务业", "港澳台投资", "民营");
		return names.stream();
	}

	static Stream<Arguments> charts() {
		return SampleData.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
	}
}
