package cn.gdftu.twocoverage.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.notices.NoticeKind;
import cn.gdftu.twocoverage.notices.Notices;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.review.ReviewStatus;
import cn.gdftu.twocoverage.timeliness.Timeliness;

/**
 * The desk's 催报 (SPEC §13): which cities a reminder goes to by default, and the notice each gets,
 * saying why it is reminded and by when.
 */
@Component
@ConditionalOnWebApplication
class DeskReminders {

	private final ProvinceDesk desk;

	private final Notices notices;

	private final ReferenceData reference;

	DeskReminders(ProvinceDesk desk, Notices notices, ReferenceData reference) {
		this.desk = desk;
		this.notices = notices;
		this.reference = reference;
	}

	/** A city reminded, and the notice it got. */
	record Reminded(String cityCode, String cityName, long noticeId) {
	}

	/**
	 * Who is reminded by default (SPEC §13): a city with nothing stored, whose last upload was refused,
	 * overdue, or whose warnings are not all explained.
	 */
	static boolean due(ProvinceDesk.CityRow row) {
		return row.status() == CollectionStatus.MISSING || row.status() == CollectionStatus.LAST_REFUSED
				|| row.timeliness() == Timeliness.OVERDUE
				|| (row.review() != null && row.review().status() == ReviewStatus.NEEDS_EXPLANATION);
	}

	/** The cities a reminder goes to by default, in the desk's order. */
	Set<String> dueCities(ProvinceDesk.PeriodDesk view) {
		Set<String> due = new LinkedHashSet<>();
		view.cities().stream().filter(DeskReminders::due).forEach((row) -> due.add(row.code()));
		return due;
	}

	/**
	 * Reminds the cities named in {@code cities} (codes, repeated or separated by commas or spaces), or
	 * when none is named those {@linkplain #dueCities due}. A code that is not one of the 21 answers 400.
	 */
	List<Reminded> remind(Period period, List<String> cities) {
		ProvinceDesk.PeriodDesk view = this.desk.of(period);
		Set<String> chosen = chosen(cities);
		if (chosen.isEmpty()) {
			chosen = dueCities(view);
		}
		List<Reminded> reminded = new ArrayList<>();
		for (ProvinceDesk.CityRow row : view.cities()) {
			if (chosen.contains(row.code())) {
				long id = this.notices.send(row.code(), NoticeKind.REMIND, period, subject(period), body(view, row));
				reminded.add(new Reminded(row.code(), row.name(), id));
			}
		}
		return reminded;
	}

	private Set<String> chosen(List<String> cities) {
		Set<String> chosen = new LinkedHashSet<>();
		for (String field : (cities == null) ? List.<String>of() : cities) {
			for (String code : field.split("[,，\\s]+")) {
				if (code.isEmpty()) {
					continue;
				}
				if (!this.reference.isCity(code)) {
					throw new SiteException(HttpStatus.BAD_REQUEST, "催报的市代码 "
							+ cn.gdftu.twocoverage.report.ExcelText.prefix(code) + " 不是广东省 21 个地级以上市之一，例如广州为 440100");
				}
				chosen.add(code);
			}
		}
		return chosen;
	}

	static String subject(Period period) {
		return "催报：" + period.chineseLabel() + "“两个覆盖”月报";
	}

	static String body(ProvinceDesk.PeriodDesk view, ProvinceDesk.CityRow row) {
		StringBuilder text = new StringBuilder();
		text.append(row.name()).append("总工会女职工部：\n").append(view.period().chineseLabel())
			.append("“两个覆盖”月报的报送截止时间为 ").append(view.deadline().label()).append("。");
		if (row.status() == CollectionStatus.LAST_REFUSED && row.refused() != null) {
			text.append("贵市最近一次上传（").append(row.refused().shownAt()).append("）未被接收");
			text.append(row.present() ? "，目前仍以此前的版本为准。" : "，目前尚无有效的报送。");
		}
		else if (!row.present()) {
			text.append(row.timeliness() == Timeliness.OVERDUE ? "截止时间已过，贵市尚未报送。" : "贵市尚未报送。");
		}
		else {
			text.append("请核对贵市的报送。");
		}
		text.append("\n请登录报送网站上传本市的基层工会台账和专项集体合同两张表（CSV 或 Excel 工作簿），上传后页面会立即显示校验结果和需要修改的行。")
			.append("如有疑问请联系省总工会女职工部。");
		return text.toString();
	}
}
