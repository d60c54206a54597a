package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.ReturnWarnings;
import cn.gdftu.twocoverage.review.CityReview;
import cn.gdftu.twocoverage.review.Reviews;
import cn.gdftu.twocoverage.report.RejectsFile;

/**
 * One upload from start to finish (SPEC §9): who may send it, for which city and period, the files
 * staged under the layout's names, the one city check, then — only if the return is usable — a new
 * version made current in one step. Every attempt ends in the audit trail, whatever happened.
 */
@Component
@ConditionalOnWebApplication
public class Uploads {

	static final String ORGANIZATIONS = "organizations";

	static final String CONTRACTS = "contracts";

	static final String WORKBOOK = "workbook";

	private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");

	private final CurrentAccount accounts;

	private final OpenPeriods periods;

	private final ReturnStorage storage;

	private final UploadCheck check;

	private final UploadAudit audit;

	private final Jdbi jdbi;

	private final ReturnWarnings warnings;

	private final Clock clock;

	private final long limit;

	/** Uploads of one city and period take turns to become current; different cities do not wait. */
	private final Map<String, Object> cityLocks = new ConcurrentHashMap<>();

	Uploads(CurrentAccount accounts, OpenPeriods periods, ReturnStorage storage, UploadCheck check, UploadAudit audit,
			Jdbi jdbi, ReturnWarnings warnings, Clock clock, @Value("${two-coverage.upload-limit}") DataSize limit) {
		this.accounts = accounts;
		this.periods = periods;
		this.storage = storage;
		this.check = check;
		this.audit = audit;
		this.jdbi = jdbi;
		this.warnings = warnings;
		this.clock = clock;
		this.limit = limit.toBytes();
	}

	public Outcome upload(Authentication authentication, String periodText, String requestedCity,
			Map<String, MultipartFile> parts, String remoteAddress) {
		String account = authentication.getName();
		Map<String, MultipartFile> files = layout(parts);
		String city = requestedCity;
		Staged staged = null;
		try {
			// Each part is read once: written to staging and hashed on the way; audit and versions use that.
			staged = stage(files);
			Account who = this.accounts.of(authentication);
			city = this.accounts.cityFor(who, requestedCity);
			Period period = this.periods.parse(periodText);
			this.periods.requireOpen(period);
			this.periods.requireOffered(period, who);
			requireFiles(files);
			Outcome outcome = checkAndStore(account, period, city, staged);
			this.audit.record(account, remoteAddress, periodText, city, staged.files(),
					(outcome.version() != null) ? UploadAudit.STORED : UploadAudit.REJECTED, outcome.version(),
					outcome.result().submission().message());
			return outcome;
		}
		catch (SiteException ex) {
			this.audit.record(account, remoteAddress, periodText, city, received(staged, files),
					(ex instanceof OpenPeriods.Closed) ? UploadAudit.CLOSED : outcomeOf(ex.status()), null, ex.getMessage());
			throw ex;
		}
		catch (TooLarge ex) {
			this.audit.record(account, remoteAddress, periodText, city, received(staged, files), UploadAudit.TOO_LARGE,
					null, "");
			throw ex;
		}
		catch (Exception ex) {
			this.audit.record(account, remoteAddress, periodText, city, received(staged, files), UploadAudit.ERROR, null,
					ex.getClass().getSimpleName());
			throw new IllegalStateException("upload failed", ex);
		}
		finally {
			if (staged != null) {
				this.storage.discard(staged.folder()); // gone already when published
			}
		}
	}

	/** The parts written under their layout names into a fresh staging folder, each with its size and SHA-256. */
	private Staged stage(Map<String, MultipartFile> files) throws IOException {
		Path folder = this.storage.staging();
		List<ReturnStorage.StoredFile> stored = new ArrayList<>();
		for (Map.Entry<String, MultipartFile> file : files.entrySet()) {
			try (InputStream in = file.getValue().getInputStream()) {
				stored.add(this.storage.write(folder, file.getKey(), in));
			}
		}
		return new Staged(folder, List.copyOf(stored));
	}

	/** What was received, for the audit: as staged, or (staging failed) the names and sizes. */
	private static List<ReturnStorage.StoredFile> received(Staged staged, Map<String, MultipartFile> files) {
		if (staged != null) {
			return staged.files();
		}
		return files.entrySet().stream()
			.map((f) -> new ReturnStorage.StoredFile(f.getKey(), f.getValue().getSize(), "unread"))
			.toList();
	}

	/** An upload's staging folder and its files as written there. */
	private record Staged(Path folder, List<ReturnStorage.StoredFile> files) {
	}

	private Outcome checkAndStore(String account, Period period, String city, Staged staged) throws IOException {
		UploadCheck.Result result = this.check.check(city, staged.folder());
		if (!result.stored()) {
			return new Outcome(period, city, this.accounts.cityName(city), result, null, NO_WARNINGS);
		}
		// Before the storing transaction: the comparison has a (rolled-back) transaction of its own.
		ReturnWarnings.Found found = this.warnings.warnings(period, city, result.organizations(),
				result.contracts());
		int version = store(account, period, city, staged, result, found);
		return new Outcome(period, city, this.accounts.cityName(city), result, version, found);
	}

	private static final ReturnWarnings.Found NO_WARNINGS = new ReturnWarnings.Found(null, List.of());

	private int store(String account, Period period, String city, Staged staged, UploadCheck.Result result,
			ReturnWarnings.Found found) throws IOException {
		String p = period.toString();
		synchronized (this.cityLocks.computeIfAbsent(p + "/" + city, (key) -> new Object())) {
			// The province may have locked the period while the check ran.
			this.periods.requireOpen(period);
			return this.jdbi.inTransaction((handle) -> {
				SiteStore store = handle.attach(SiteStore.class);
				store.holdPeriod(period);
				// Again inside the storing transaction: a lock committed after the check above waits for
				// this transaction or is seen here, so no upload is stored after the period was locked.
				if (store.isLocked(period)) {
					throw OpenPeriods.locked(period);
				}
				int last = store.lastVersion(period, city);
				if (last < 0) {
					last = adoptFolder(store, period, city);
				}
				int version = Math.max(last + 1, 1);
				Path rejects = this.storage.rejectsFile(period, city, version);
				Files.createDirectories(rejects.getParent());
				RejectsFile.write(rejects, result.rejects());
				var s = result.submission();
				store.addVersion(new ReturnVersion(period.toString(), city, version, account, this.clock.instant().toString(), s.status(),
						s.organizationsRows(), s.organizationsAccepted(), s.contractsRows(), s.contractsAccepted(),
						s.rejectedRows(), s.message()));
				for (ReturnStorage.StoredFile file : staged.files()) {
					store.addFile(new ReturnFile(period, city, version, file.name(), file.size(), file.sha256()));
				}
				Reviews.keep(handle, period, city, version, found);
				handle.attach(CurrentReturnStore.class).stored(period, city, version);
				this.storage.publish(staged.folder(), period, city, version);
				return version;
			});
		}
	}

	/**
	 * A folder put in the input by hand before the site's first upload for that city is kept as version 0;
	 * returns the last version then: 0, or -1 when there was no folder.
	 */
	private int adoptFolder(SiteStore store, Period period, String city) throws IOException {
		ReturnStorage.Adopted adopted = this.storage.adoptFolder(period, city);
		if (adopted == null) {
			return -1;
		}
		store.addVersion(new ReturnVersion(period.toString(), city, 0, "（文件夹）", adopted.arrived().toString(), null, 0, 0, 0, 0, 0,
				"网站启用前直接放入输入文件夹的文件，未经网站校验"));
		for (ReturnStorage.StoredFile file : adopted.files()) {
			store.addFile(new ReturnFile(period, city, 0, file.name(), file.size(), file.sha256()));
		}
		return 0;
	}

	/**
	 * The parts under the layout's names (organizations.csv, contracts.xlsx, workbook.xlsx…): only the
	 * uploaded name's extension is kept, and only if it is a plain one, so no uploaded name reaches a path.
	 */
	static Map<String, MultipartFile> layout(Map<String, MultipartFile> parts) {
		Map<String, MultipartFile> files = new LinkedHashMap<>();
		for (String part : List.of(ORGANIZATIONS, CONTRACTS, WORKBOOK)) {
			MultipartFile file = parts.get(part);
			if (file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
				files.put(part + "." + extension(file.getOriginalFilename()), file);
			}
		}
		return files;
	}

	static String extension(String uploadedName) {
		String name = (uploadedName == null) ? "" : uploadedName;
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return EXTENSION.matcher(extension).matches() ? extension : "csv";
	}

	private void requireFiles(Map<String, MultipartFile> files) {
		boolean workbook = files.keySet().stream().anyMatch((name) -> name.startsWith(WORKBOOK + "."));
		if (files.isEmpty()) {
			throw new SiteException(HttpStatus.BAD_REQUEST,
					"没有收到文件：请选择 organizations（基层工会台账）和 contracts（专项集体合同）两张表，或一个工作簿");
		}
		if (workbook && files.size() > 1) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "请只上传一个工作簿，或分别上传两张表，不要同时上传");
		}
		long size = files.values().stream().mapToLong(MultipartFile::getSize).sum();
		if (size > this.limit) {
			throw new TooLarge(this.limit);
		}
	}

	private static String outcomeOf(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN -> UploadAudit.FORBIDDEN;
			case CONFLICT -> UploadAudit.LOCKED;
			case BAD_REQUEST -> UploadAudit.BAD_REQUEST;
			default -> UploadAudit.ERROR;
		};
	}

	/** Over the limit, found by the site itself (the servlet container's limit was not hit); already audited. */
	static final class TooLarge extends MaxUploadSizeExceededException {

		TooLarge(long limit) {
			super(limit);
		}
	}

	/** What became of an upload: the check's result, and the stored version (null when not stored). */
	public record Outcome(Period period, String cityCode, String cityName, UploadCheck.Result result, Integer version,
			ReturnWarnings.Found found) {

		public HttpStatus status() {
			return (this.version != null) ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		}

		/** The §9 summary for scripts. */
		public Map<String, Object> json() {
			var s = this.result.submission();
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("period", this.period.toString());
			json.put("city_code", this.cityCode);
			json.put("status", s.status().code());
			json.put("organizations_rows", s.organizationsRows());
			json.put("organizations_accepted", s.organizationsAccepted());
			json.put("contracts_rows", s.contractsRows());
			json.put("contracts_accepted", s.contractsAccepted());
			json.put("rejected_rows", s.rejectedRows());
			json.put("message", s.message());
			json.put("version", this.version);
			json.put("rejects", this.result.rejects().stream().map((r) -> {
				Map<String, Object> reject = new LinkedHashMap<>();
				reject.put("file", r.file());
				reject.put("line", r.line());
				reject.put("column", r.column());
				reject.put("value", r.value());
				reject.put("reason", r.reason().name());
				reject.put("message", r.message());
				return reject;
			}).toList());
			json.put("warnings", this.found.warnings().stream().map(CityReview::warningJson).toList());
			return json;
		}
	}
}
