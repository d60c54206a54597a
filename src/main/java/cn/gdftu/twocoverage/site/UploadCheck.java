package cn.gdftu.twocoverage.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.AcceptedRows;
import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.ingest.ReturnSink;
import cn.gdftu.twocoverage.ingest.RowRejection;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.ingest.WorkbookLimits;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.RejectsFile;

/**
 * The one city check, as the site calls it: {@link CityCheck}, the very check of the monthly job and
 * {@code validate} (never a second implementation). It reads the staged upload in place and keeps
 * nothing; it is thread-safe, so uploads of different cities are checked side by side.
 */
@Component
@ConditionalOnWebApplication
public class UploadCheck {

	private final CityCheck check;

	UploadCheck(ReferenceData reference, @Value("${two-coverage.upload.max-unpacked}") DataSize maxUnpacked,
			@Value("${two-coverage.upload.max-cell-length}") int maxCellLength) {
		this.check = new CityCheck(reference, new WorkbookLimits(maxUnpacked.toBytes(), maxCellLength));
	}

	/** The verdict on the return in {@code folder}: the job's status and counts, and every rejected row. */
	public Result check(String cityCode, Path folder) {
		List<RowRejection> rejections = new ArrayList<>();
		AcceptedRows accepted = new AcceptedRows(ReturnSink.rejections(rejections));
		CitySubmission result = this.check.check(cityCode, folder, accepted);
		return new Result(result.submission(), RejectsFile.toDoList(result, rejections), accepted.organizations(),
				accepted.contracts());
	}

	/**
	 * What the check made of a return; {@code submission.status()} is submitted or rejected. The accepted
	 * rows are those the job would store.
	 */
	public record Result(Submission submission, List<RowRejection> rejects, List<Organization> organizations,
			List<Contract> contracts) {

		public boolean stored() {
			return this.submission.status() == SubmissionStatus.SUBMITTED;
		}
	}
}
