package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointChangeTests {

	@Test
	void upAndDownInPercentagePointsToOneDecimal() {
		assertThat(PointChange.of(rate("0.7187"), rate("0.7110")).text()).isEqualTo("▲0.8");
		assertThat(PointChange.of(rate("0.7187"), rate("0.7110")).css()).isEqualTo("up");
		assertThat(PointChange.of(rate("0.6278"), rate("0.6591")).text()).isEqualTo("▼3.1");
		assertThat(PointChange.of(rate("0.6278"), rate("0.6591")).css()).isEqualTo("down");
		assertThat(PointChange.of(rate("1.0000"), rate("0.0000")).text()).isEqualTo("▲100.0");
	}

	@Test
	void roundsHalfUpFromTheFourPlaceRates() {
		assertThat(PointChange.of(rate("0.5005"), rate("0.5000")).text()).isEqualTo("▲0.1");
		assertThat(PointChange.of(rate("0.5000"), rate("0.5005")).text()).isEqualTo("▼0.1");
		assertThat(PointChange.of(rate("0.5004"), rate("0.5000")).text()).isEqualTo("持平");
	}

	@Test
	void flatWhenEqual() {
		PointChange flat = PointChange.of(rate("0.7000"), rate("0.7000"));
		assertThat(flat.text()).isEqualTo("持平");
		assertThat(flat.css()).isEqualTo("flat");
		assertThat(flat.words()).isEqualTo("持平");
		assertThat(flat.moved()).isFalse();
	}

	@Test
	void dashWhenEitherRateIsUndefined() {
		assertThat(PointChange.of(null, rate("0.7"))).isEqualTo(PointChange.NONE);
		assertThat(PointChange.of(rate("0.7"), null)).isEqualTo(PointChange.NONE);
		assertThat(PointChange.NONE.text()).isEqualTo("—");
		assertThat(PointChange.FIRST.text()).isEqualTo("首期");
		assertThat(PointChange.NONE.words()).isNull();
		assertThat(PointChange.FIRST.words()).isNull();
	}

	@Test
	void inWordsForTheSentencesOfTheBulletinAndTheChanges() {
		assertThat(PointChange.of(rate("0.8120"), rate("0.8000")).words()).isEqualTo("上升 1.2 个百分点");
		assertThat(PointChange.of(rate("0.7110"), rate("0.7187")).words()).isEqualTo("下降 0.8 个百分点");
		assertThat(PointChange.of(rate("0.7110"), rate("0.7187")).moved()).isTrue();
	}

	@Test
	void theSentencesUseTheSameFigureAsThePage() {
		PointChange up = PointChange.of(rate("0.7187"), rate("0.7110"));
		assertThat(BulletinDocument.moved(up, "2026年9月")).isEqualTo("较上期（2026年9月）上升 0.8 个百分点");
		assertThat(SlideDeck.change(up, "2026年9月")).isEqualTo("较上期（2026年9月）▲0.8 个百分点");
		PointChange down = PointChange.of(rate("0.6278"), rate("0.6591"));
		assertThat(BulletinDocument.moved(down, null)).isEqualTo("较上期下降 3.1 个百分点");
		assertThat(SlideDeck.change(PointChange.FIRST, null)).isEqualTo("首期");
		assertThat(BulletinDocument.moved(PointChange.FIRST, null)).isEqualTo("本期为首个统计期，没有上期可比");
		assertThat(BulletinDocument.moved(PointChange.NONE, null)).isEqualTo("无法与上期比较");
	}

	private static BigDecimal rate(String text) {
		return new BigDecimal(text);
	}
}
