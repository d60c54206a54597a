package cn.gdftu.twocoverage.site;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpStatus;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site's one reading of a period, as the converter the controllers' {@code Period} parameters use. */
class OpenPeriodsTests {

	private final DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();

	OpenPeriodsTests() {
		new SiteConfiguration().addFormatters(this.conversions);
	}

	@Test
	void aPeriodInAUrlBecomesThePeriod() {
		assertThat(this.conversions.convert("2026-10", Period.class)).isEqualTo(new Period(java.time.YearMonth.of(2026, 10)));
	}

	@Test
	void aMalformedPeriodIsTheSiteRefusalWithItsMessage() {
		for (String text : new String[] { "2026-13", "2026-1", "202610", "", "=1+1" }) {
			assertThatThrownBy(() -> this.conversions.convert(text, Period.class)).as(text)
				.isInstanceOf(ConversionFailedException.class)
				.cause()
				.isInstanceOfSatisfying(SiteException.class, (refused) -> {
					assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(refused.getMessage()).isEqualTo("期间应为 YYYY-MM，例如 2026-10，而不是 " + text);
				});
		}
	}

	@Test
	void aPeriodStartedIsKeptAndAFutureOneRefused() {
		Clock october = Clock.fixed(Instant.parse("2026-10-15T02:00:00Z"), ChinaTime.ZONE);
		OpenPeriods periods = new OpenPeriods(october, null, 3);
		assertThat(periods.requireStarted(Period.parse("2026-10"))).isEqualTo(Period.parse("2026-10"));
		assertThatThrownBy(() -> periods.requireStarted(Period.parse("2026-11"))).isInstanceOf(SiteException.class)
			.hasMessage("2026-11 还没有到，不能报送未来的期间");
	}
}
