package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One city's folder for a period and what SPEC §5 and §8 say of it before any row is read: missing,
 * rejected as a whole, or ready, with the one source of each table. The folder is resolved once
 * (following a symbolic link to the current upload), and every source lies in the resolved folder, so
 * a check never reads a mix of two uploads.
 */
public record CityReturn(String cityCode, Path folder, WorkbookLimits limits) {

	public CityReturn(String cityCode, Path folder) {
		this(cityCode, folder, WorkbookLimits.DEFAULT);
	}

	/** What the folder holds, before any row is read; the status is the job's unless a read rejects it. */
	public sealed interface Survey permits Missing, Rejected, Ready {

		SubmissionStatus status();
	}

	public record Missing(String message) implements Survey {

		@Override
		public SubmissionStatus status() {
			return SubmissionStatus.MISSING;
		}
	}

	public record Rejected(String message) implements Survey {

		@Override
		public SubmissionStatus status() {
			return SubmissionStatus.REJECTED;
		}
	}

	public record Ready(Path folder, ReturnSource organizations, ReturnSource contracts) implements Survey {

		@Override
		public SubmissionStatus status() {
			return SubmissionStatus.SUBMITTED;
		}

		public ReturnSource source(ReturnKind kind) {
			return (kind == ReturnKind.ORGANIZATIONS) ? this.organizations : this.contracts;
		}
	}

	public Survey survey() {
		Path resolved;
		try {
			resolved = this.folder.toRealPath();
		}
		catch (NoSuchFileException ex) {
			return new Missing("本期未报送（没有该市的文件夹）");
		}
		catch (IOException ex) {
			return new Rejected("文件夹无法读取（" + ex.getMessage() + "），请重新报送");
		}
		if (!Files.isDirectory(resolved)) {
			return new Missing("本期未报送（没有该市的文件夹）");
		}
		try {
			return survey(resolved, files(resolved), this.limits);
		}
		catch (ReturnRejectedException ex) {
			return new Rejected(ex.getMessage());
		}
		catch (IOException ex) {
			return new Rejected("文件无法读取（" + ex.getMessage() + "），请重新报送");
		}
	}

	private static Survey survey(Path folder, List<Path> files, WorkbookLimits limits)
			throws IOException, ReturnRejectedException {
		if (files.isEmpty()) {
			return new Missing("本期未报送（文件夹中没有organizations.csv和contracts.csv）");
		}
		Map<ReturnKind, List<ReturnSource>> sources = new EnumMap<>(ReturnKind.class);
		List<String> refused = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.endsWith(".xlsx")) {
				WorkbookInspection.inspect(file, limits);
			}
			for (ReturnKind kind : ReturnKind.values()) {
				if (lower.equals(kind.fileName())) {
					add(sources, new CsvSource(kind, file));
				}
				else if (lower.equals(kind.workbookName())) {
					add(sources, new SheetSource(kind, file, null));
				}
			}
			if (lower.endsWith(".xlsx") && !isTableWorkbook(lower)) {
				for (String sheet : Workbooks.visibleSheetNames(file)) {
					ReturnKind kind = ReturnKind.ofSheet(sheet);
					if (kind != null) {
						add(sources, new SheetSource(kind, file, sheet));
					}
				}
			}
			else if (lower.endsWith(".xls") || lower.endsWith(".et") || lower.endsWith(".xlsm")
					|| lower.endsWith(".xlsb")) {
				refused.add(name);
			}
		}
		return choose(folder, files, sources, refused);
	}

	private static Survey choose(Path folder, List<Path> files, Map<ReturnKind, List<ReturnSource>> sources,
			List<String> refused) {
		for (List<ReturnSource> found : sources.values()) {
			if (found.size() > 1) {
				return new Rejected(SourceMessages.twoSources(found));
			}
		}
		ReturnSource organizations = only(sources, ReturnKind.ORGANIZATIONS);
		ReturnSource contracts = only(sources, ReturnKind.CONTRACTS);
		if (organizations != null && contracts != null) {
			return new Ready(folder, organizations, contracts);
		}
		if (!refused.isEmpty()) {
			return new Rejected(SourceMessages.refused(refused));
		}
		if (organizations == null && contracts == null) {
			return new Rejected(SourceMessages.nothingUsable(names(files)));
		}
		return new Rejected(SourceMessages.oneTableMissing((organizations != null) ? organizations : contracts));
	}

	private static boolean isTableWorkbook(String lowerName) {
		return lowerName.equals(ReturnKind.ORGANIZATIONS.workbookName())
				|| lowerName.equals(ReturnKind.CONTRACTS.workbookName());
	}

	private static void add(Map<ReturnKind, List<ReturnSource>> sources, ReturnSource source) {
		sources.computeIfAbsent(source.kind(), (k) -> new ArrayList<>()).add(source);
	}

	private static ReturnSource only(Map<ReturnKind, List<ReturnSource>> sources, ReturnKind kind) {
		List<ReturnSource> found = sources.get(kind);
		return (found == null) ? null : found.get(0);
	}

	/**
	 * The files a person put in the folder: not hidden files, nor the lock files Office leaves (~$…). An
	 * entry named as a table's file that is no regular file (a folder, a pipe, a link leading nowhere or
	 * in a loop) rejects the return, saying what it is.
	 */
	private static List<Path> files(Path folder) throws IOException, ReturnRejectedException {
		List<Path> entries;
		try (Stream<Path> listed = Files.list(folder)) {
			entries = listed.filter((p) -> {
				String name = p.getFileName().toString();
				return !name.startsWith(".") && !name.startsWith("~$");
			}).sorted().toList();
		}
		for (Path entry : entries) {
			if (!Files.isRegularFile(entry) && isTableName(entry.getFileName().toString().toLowerCase(Locale.ROOT))) {
				throw new ReturnRejectedException(entry.getFileName() + " " + SourceMessages.notAFile(entry)
						+ "，不是报表文件：请删除它，放入真正的" + entry.getFileName() + "后重新报送");
			}
		}
		return entries.stream().filter(Files::isRegularFile).toList();
	}

	private static boolean isTableName(String lower) {
		for (ReturnKind kind : ReturnKind.values()) {
			if (lower.equals(kind.fileName()) || lower.equals(kind.workbookName())) {
				return true;
			}
		}
		return false;
	}

	private static String names(List<Path> files) {
		return files.stream().map((p) -> p.getFileName().toString()).collect(Collectors.joining("、"));
	}
}
