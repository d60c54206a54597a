package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.gdftu.twocoverage.Numbers;
import cn.gdftu.twocoverage.coverage.Rate;

/**
 * One Chinese sentence that explains a rate's movement with unit counts that add up: covered before,
 * plus those newly covered, minus those no longer covered (plus or minus whole cities entering or
 * leaving the province's figures) gives covered now; the denominators before and now give the rates.
 * For example: 专项集体合同覆盖率上升 1.2 个百分点（80.0%→81.2%）：新覆盖 340 家（其中新建工会 25 家），
 * 不再覆盖 120 家（其中合同到期未续签 100 家、工会退出台账 20 家），已覆盖 9,000→9,220 家；有女职工的基层工会
 * 11,000→11,085 家（净增 85 家）。
 */
record MovementSentence(String rate, String gainWord, String lossWord, String countedWord, long coveredBefore,
		long coveredNow, long countedBefore, long countedNow, long gained, long gainedNewUnions, List<Part> losses,
		List<Part> cities) {

	/** A labelled count inside the sentence; for cities, positive when entering and negative when leaving. */
	record Part(String label, long count) {
	}

	long lost() {
		return this.losses.stream().mapToLong(Part::count).sum();
	}

	String text() {
		StringBuilder s = new StringBuilder(this.rate).append(change()).append('：');
		s.append(this.gainWord).append(' ').append(Numbers.count(this.gained)).append(" 家");
		if (this.gainedNewUnions > 0) {
			s.append("（其中新建工会 ").append(Numbers.count(this.gainedNewUnions)).append(" 家）");
		}
		s.append('，').append(this.lossWord).append(' ').append(Numbers.count(lost())).append(" 家");
		List<String> parts = new ArrayList<>();
		for (Part part : this.losses) {
			if (part.count() > 0) {
				parts.add(part.label() + ' ' + Numbers.count(part.count()) + " 家");
			}
		}
		if (!parts.isEmpty()) {
			s.append("（其中").append(String.join("、", parts)).append('）');
		}
		for (Part city : this.cities) {
			s.append("，").append(city.label()).append(city.count() < 0 ? "，减去已覆盖 " : "，计入已覆盖 ")
				.append(Numbers.count(Math.abs(city.count()))).append(" 家");
		}
		s.append("；已覆盖 ").append(Numbers.count(this.coveredBefore)).append('→').append(Numbers.count(this.coveredNow)).append(" 家，");
		s.append(this.countedWord).append(' ').append(Numbers.count(this.countedBefore)).append('→')
			.append(Numbers.count(this.countedNow)).append(" 家");
		long net = this.countedNow - this.countedBefore;
		s.append(net == 0 ? "（持平）" : (net > 0 ? "（净增 " + Numbers.count(net) + " 家）" : "（净减 " + Numbers.count(-net) + " 家）"));
		return s.append('。').toString();
	}

	/** 上升 1.2 个百分点（80.0%→81.2%）, from the rates as coverage.csv writes them. */
	private String change() {
		BigDecimal before = Rate.of(this.coveredBefore, this.countedBefore);
		BigDecimal now = Rate.of(this.coveredNow, this.countedNow);
		String rates = "（" + Percent.of(before) + "→" + Percent.of(now) + "）";
		String words = PointChange.of(now, before).words();
		return (words == null) ? "无法比较" + rates : words + rates;
	}
}
