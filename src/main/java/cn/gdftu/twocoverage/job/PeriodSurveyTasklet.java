package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.store.LoadStore;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * The first step of a period: opens the load, notes folders that are not city codes, and surveys the
 * 21 cities' folders (SPEC §2 and §5).
 */
class PeriodSurveyTasklet implements Tasklet {

	private final LoadStore loads;

	private final ReturnStore returns;

	private final ReferenceData reference;

	private final Progress progress;

	private final ReadyReturns ready;

	PeriodSurveyTasklet(LoadStore loads, ReturnStore returns, ReferenceData reference, Progress progress,
			ReadyReturns ready) {
		this.ready = ready;
		this.loads = loads;
		this.returns = returns;
		this.reference = reference;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		Period period = run.period();
		Path input = run.input();
		long load = run.load();
		this.loads.open(load, period, run.digest());
		this.returns.forgetUnknownSubmissions(load);
		for (String name : folderNames(input)) {
			if (!this.reference.isCity(name)) {
				this.returns.addUnknownSubmission(load, name);
				this.progress.unknownFolder(period, name);
			}
		}
		CitySurvey survey = new CitySurvey(this.returns, this.progress, this.ready);
		for (Division city : this.reference.cities()) {
			survey.survey(period, load, city.code(), input.resolve(city.code()));
		}
		survey.handOver(run);
		return RepeatStatus.FINISHED;
	}

	private static List<String> folderNames(Path input) {
		try (Stream<Path> entries = Files.list(input)) {
			// A city folder may be a symbolic link to the current upload: isDirectory follows it.
			return entries.filter(Files::isDirectory).map((p) -> p.getFileName().toString())
				.filter((name) -> !name.startsWith(".")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
