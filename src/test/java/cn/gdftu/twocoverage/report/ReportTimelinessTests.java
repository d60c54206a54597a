package cn.gdftu.twocoverage.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.timeliness.Deadline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The completeness section's timeliness. In the sample, Guangzhou, Shenzhen and Zhuhai are submitted,
 * Foshan rejected whole, the others missing.
 */
class ReportTimelinessTests {

	static final Deadline NOVEMBER_10 = Deadline.of(ReportSamples.PERIOD, 10);

	ReportData sample(UploadTimes uploads) {
		ReportData s = ReportSamples.period(true);
		return new ReportData(s.period(), s.load(), s.coverage(), s.previous(), s.previousPeriod(), s.submissions(),
				s.reasonCounts(), s.unknownSubmissions(), s.expiring(), s.scopeCounts(), s.history(),
				uploads);
	}

	ReportView view(ReportData data) {
		Map<String, ReportView.ChartRef> charts = new LinkedHashMap<>();
		new ReportCharts(ReferenceData.bundled(), ReportSamples.TARGETS).specs(data)
			.forEach((s) -> charts.put(s.name(), new ReportView.ChartRef(s.name(), s.title(), s.name() + ".png",
					s.name() + ".svg")));
		return new ReportModel(ReferenceData.bundled(), ReportSamples.TARGETS).build(data, charts);
	}

	String page(ReportData data) {
		return new HtmlReport(ReferenceData.bundled(), ReportSamples.TARGETS).render(view(data));
	}

	@Nested
	class WithUploadTimes {

		// Guangzhou first uploaded on the 5th, Shenzhen on the 12th at 10:00 China time; Zhuhai and Foshan as files.
		UploadTimes uploads = new UploadTimes(NOVEMBER_10, Map.of("440100", Instant.parse("2026-11-05T01:00:00Z"),
				"440300", Instant.parse("2026-11-12T02:00:00Z")));

		@Test
		void onTimeOutOfTwentyOneAndTheLateCitiesNamed() {
			ReportView.OnTime onTime = view(sample(this.uploads)).onTime();
			assertThat(onTime.known()).isTrue();
			assertThat(onTime.onTimeRate()).isEqualTo("1/21");
			assertThat(onTime.late()).containsExactly(new ReportView.LateCity("深圳市", "2026-11-12 10:00"));
			assertThat(onTime.deadline()).isEqualTo("2026-11-10 24:00（北京时间）");
		}

		@Test
		void returnsThatCameAsFilesAreNotJudged() {
			assertThat(view(sample(this.uploads)).onTime().asFiles()).containsExactly("珠海市", "佛山市");
		}

		@Test
		void theDeadlineTheProvinceSetIsTheOneUsed() {
			UploadTimes later = new UploadTimes(new Deadline(LocalDate.of(2026, 11, 15)), this.uploads.firstUploads());
			ReportView.OnTime onTime = view(sample(later)).onTime();
			assertThat(onTime.onTimeRate()).isEqualTo("2/21");
			assertThat(onTime.late()).isEmpty();
		}

		@Test
		void thePageSaysIt() {
			String html = page(sample(this.uploads));
			assertThat(html).contains("id=\"timeliness\"").contains("<b id=\"on-time-rate\">1/21</b>")
				.contains("深圳市（2026-11-12 10:00 首次上传）")
				.contains("不判断是否按时：<span>珠海市</span><span>、</span><span>佛山市</span>");
		}
	}

	@Nested
	class AllAsFiles {

		@Test
		void saysNothingAboutTimeliness() {
			ReportData data = ReportSamples.period(true);
			assertThat(view(data).onTime().known()).isFalse();
			assertThat(page(data)).doesNotContain("id=\"timeliness\"").doesNotContain("按时");
		}
	}
}
