package cn.gdftu.twocoverage.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.job.PreviousWarnings;
import cn.gdftu.twocoverage.ingest.AcceptedRows;
import cn.gdftu.twocoverage.ingest.CityCheck;
import cn.gdftu.twocoverage.ingest.CitySubmission;
import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.ReturnSink;
import cn.gdftu.twocoverage.ingest.RowRejection;
import cn.gdftu.twocoverage.ingest.Submission;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.report.RejectsFile;

/**
 * {@code validate DIR [--city CODE] [--period YYYY-MM] [--rejects FILE]}: a city's self-check before it
 * sends its return. Exit 0: accepted with no rejected rows; 1: accepted, some rows rejected; 2: the
 * whole return would be rejected; 3: the check itself could not run (bad arguments).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
		description = "报送前自查一个市的文件夹（organizations.csv 和 contracts.csv，或Excel工作簿 .xlsx），规则与省里的月度作业完全相同。"
				+ "不会改动被检查的文件夹。退出码：0 全部采用；1 采用但有错误行；2 整份退回；3 无法检查。")
class ValidateCommand implements Callable<Integer> {

	static final int CLEAN = 0;

	static final int ROWS_REJECTED = 1;

	static final int RETURN_REJECTED = 2;

	static final int CANNOT_CHECK = 3;

	private static final int ERRORS_SHOWN = 20;

	@Parameters(paramLabel = "DIR", description = "一个市的文件夹，内含 organizations.csv 和 contracts.csv，或按模板填写的 .xlsx 工作簿")
	Path folder;

	@Option(names = "--city", paramLabel = "CODE", description = "市代码，如 440100（默认取文件夹名）")
	String city;

	@Option(names = "--period", paramLabel = "YYYY-MM", description = "报送期间（默认取上级文件夹名，如有）")
	String period;

	@Option(names = "--rejects", paramLabel = "FILE", description = "把全部错误行写入这个CSV文件（Excel可直接打开）")
	Path rejectsFile;

	@Option(names = "--previous", paramLabel = "PREVIOUS_DIR",
			description = "上期的同一个市的文件夹：与它比较，列出上传时网站会给出的提示（需核实的变化）")
	Path previousFolder;

	private final PrintStream out = System.out;

	@Override
	public Integer call() throws Exception {
		ReferenceData reference = ReferenceData.bundled();
		if (!Files.isDirectory(this.folder)) {
			return Failure.of(CANNOT_CHECK, "文件夹不存在: " + this.folder);
		}
		String cityCode = (this.city != null) ? this.city : this.folder.toAbsolutePath().normalize().getFileName().toString();
		if (!reference.isCity(cityCode)) {
			return Failure.of(CANNOT_CHECK, "无法确定市代码（" + cityCode + " 不是广东省地级市代码）：请用 --city 指定，例如 --city 440100");
		}
		if (this.period != null && !Period.isPeriod(this.period)) {
			return Failure.of(CANNOT_CHECK, "--period 应为 YYYY-MM，例如 2026-10，而不是 " + this.period);
		}
		if (this.rejectsFile != null && this.rejectsFile.toAbsolutePath().normalize()
			.startsWith(this.folder.toAbsolutePath().normalize())) {
			return Failure.of(CANNOT_CHECK, "--rejects 不能写在被检查的文件夹内: " + this.rejectsFile);
		}
		if (this.previousFolder != null && !Files.isDirectory(this.previousFolder)) {
			return Failure.of(CANNOT_CHECK, "--previous 文件夹不存在: " + this.previousFolder);
		}
		List<RowRejection> rejections = new ArrayList<>();
		AcceptedRows accepted = new AcceptedRows(ReturnSink.rejections(rejections));
		CitySubmission result = new CityCheck(reference).check(cityCode, this.folder, accepted);
		List<RowRejection> rejects = toDoList(result, rejections);
		print(reference.city(cityCode).orElseThrow(), result, rejects);
		if (this.previousFolder != null && result.submission().status() == SubmissionStatus.SUBMITTED) {
			PreviousWarnings.print(this.out, reference, cityCode, this.period, this.folder, this.previousFolder, accepted);
		}
		if (this.rejectsFile != null && !rejects.isEmpty()) {
			RejectsFile.write(this.rejectsFile, rejects);
			this.out.println("全部错误行已写入 " + this.rejectsFile + "（用Excel打开，按行号逐条修改）");
		}
		return exitCode(result.submission());
	}

	/** The rejects as the report's rejects file lists them: the organizations source first, each by line. */
	private static List<RowRejection> toDoList(CitySubmission result, List<RowRejection> rejections) {
		return RejectsFile.toDoList(result, rejections);
	}

	/** How many rows were rejected for each reason, the most frequent first. */
	private static List<Map.Entry<Reason, Long>> reasonCounts(List<RowRejection> rejects) {
		Map<Reason, Long> counts = rejects.stream()
			.collect(Collectors.groupingBy(RowRejection::reason, () -> new TreeMap<>(Comparator.comparing(Reason::name)),
					Collectors.counting()));
		return counts.entrySet().stream()
			.sorted(Map.Entry.<Reason, Long>comparingByValue().reversed())
			.toList();
	}

	private static int exitCode(Submission submission) {
		if (submission.status() != SubmissionStatus.SUBMITTED) {
			return RETURN_REJECTED;
		}
		return (submission.rejectedRows() == 0) ? CLEAN : ROWS_REJECTED;
	}

	private void print(Division city, CitySubmission result, List<RowRejection> rejects) {
		Submission s = result.submission();
		this.out.println("自查 " + city.name() + "（" + city.code() + "）: " + this.folder);
		if (s.status() != SubmissionStatus.SUBMITTED) {
			this.out.println("结论：整份报送将被退回（退出码 2）");
			this.out.println("原因：" + s.message());
			return;
		}
		this.out.println((s.rejectedRows() == 0) ? "结论：可以全部采用，没有错误行（退出码 0）"
				: "结论：可以采用，但有 " + s.rejectedRows() + " 行会被拒绝，请修改后再报送（退出码 1）");
		this.out.printf("  基层工会台账 %s：读取 %d 行，采用 %d 行%n", result.source(ReturnKind.ORGANIZATIONS),
				s.organizationsRows(), s.organizationsAccepted());
		this.out.printf("  专项集体合同 %s：读取 %d 行，采用 %d 行%n", result.source(ReturnKind.CONTRACTS),
				s.contractsRows(), s.contractsAccepted());
		if (s.skippedLines() > 0) {
			this.out.printf("  跳过标题行或合计行 %d 行（不算错误）%n", s.skippedLines());
		}
		if (rejects.isEmpty()) {
			return;
		}
		this.out.println("拒绝原因：");
		for (Map.Entry<Reason, Long> count : reasonCounts(rejects)) {
			this.out.printf("  %-22s %4d 行  %s%n", count.getKey().name(), count.getValue(), count.getKey().message());
		}
		List<RowRejection> shown = rejects.subList(0, Math.min(ERRORS_SHOWN, rejects.size()));
		this.out.println((shown.size() < rejects.size()) ? "前 " + shown.size() + " 个错误（共 " + rejects.size()
				+ " 个，用 --rejects 文件名 导出全部）：" : "错误行：");
		for (RowRejection r : shown) {
			this.out.printf("  %s 第%d行 %s=「%s」：%s%n", r.file(), r.line(), r.column(), r.value(), r.message());
		}
	}
}
