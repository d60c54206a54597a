package cn.gdftu.twocoverage.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import cn.gdftu.twocoverage.coverage.Figures;
import cn.gdftu.twocoverage.ingest.Submission;

/** The one line the job prints at the end of a period (SPEC §7). */
public record PeriodSummary(String period, int submitted, int missing, int rejected, long rowsAccepted,
		long rowsRejected, BigDecimal orgRate, BigDecimal contractRate, Path index, List<String> undrawable) {

	static PeriodSummary of(ReportData data, Path index) {
		int submitted = 0;
		int missing = 0;
		int rejected = 0;
		long accepted = 0;
		long rejectedRows = 0;
		for (Submission s : data.submissions()) {
			switch (s.status()) {
				case SUBMITTED -> submitted++;
				case MISSING -> missing++;
				default -> rejected++;
			}
			accepted += s.organizationsAccepted() + s.contractsAccepted();
			rejectedRows += s.rejectedRows();
		}
		Figures province = data.coverage().get(0).figures();
		return new PeriodSummary(data.period().toString(), submitted, missing, rejected, accepted, rejectedRows,
				province.orgUnitsRate(), province.contractUnitsRate(), index, FontCheck.undrawable(data));
	}

	/** The warning about characters of the data the bundled font cannot draw, or null when there are none. */
	public String fontWarning() {
		return this.undrawable.isEmpty() ? null : FontCheck.warning(this.undrawable);
	}

	public String line() {
		return String.format("[%s] 完成：报送 %d 市，未报送 %d 市，整份退回 %d 市；采用 %d 行，拒绝 %d 行；"
				+ "全省女职工组织覆盖率 %s，专项集体合同覆盖率 %s；报告 %s", this.period, this.submitted, this.missing,
				this.rejected, this.rowsAccepted, this.rowsRejected, Percent.of(this.orgRate),
				Percent.of(this.contractRate), this.index);
	}
}
