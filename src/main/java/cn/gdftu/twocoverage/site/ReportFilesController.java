package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.report.DepartmentDocuments;

/**
 * {@code GET /reports/{period}/…} (SPEC §9): the period's report folder as the job wrote it — index.html,
 * charts, CSV files, slides. Province accounts always; city accounts once the period is locked and a
 * run has written the report after the lock (the figures will not change under them). Only regular
 * files inside {@code reports/<period>/} are served, never a hidden entry, and never through a link
 * leading out of it.
 */
@Controller
@ConditionalOnWebApplication
class ReportFilesController {

	static final String ASSETS = "assets";

	static final String REJECTS = "rejects";

	private final Path reports;

	private final CurrentAccount accounts;

	private final DeskStore desk;

	ReportFilesController(@Value("${two-coverage.reports:reports}") Path reports, CurrentAccount accounts,
			DeskStore desk) {
		this.reports = reports.toAbsolutePath().normalize();
		this.accounts = accounts;
		this.desk = desk;
	}

	@GetMapping("/reports/{period}")
	String folder(@PathVariable Period period) {
		return "redirect:/reports/" + period + "/";
	}

	@GetMapping("/reports/{period}/{*file}")
	ResponseEntity<Resource> file(@PathVariable Period period, @PathVariable String file,
			Authentication authentication) throws IOException {
		Path folder = this.reports.resolve(period.toString());
		Account account = this.accounts.of(authentication);
		requireAllowed(account, period, folder);
		String name = (file.isEmpty() || file.equals("/")) ? "index.html" : file.substring(1);
		Path target = inside(folder, name);
		requireOwnRejects(account, folder, target);
		ResponseEntity<Resource> served = serve(target);
		return DepartmentDocuments.downloadName(period, name).map((download) -> asDownload(served, name, download))
			.orElse(served);
	}

	/** {@code rejects/<city>.csv} is a city's own to-do list: another city's is not served to it. */
	static void requireOwnRejects(Account account, Path folder, Path target) {
		Path relative = folder.relativize(target);
		if (!account.isProvince() && relative.getNameCount() > 1 && relative.getName(0).toString().equals(REJECTS)
				&& !relative.equals(Path.of(REJECTS, account.cityCode() + ".csv"))) {
			throw new SiteException(HttpStatus.FORBIDDEN, "各市只能查看本市的错误清单（rejects/" + account.cityCode() + ".csv）");
		}
	}

	/**
	 * The department's documents download under their Chinese names (SPEC §14) as RFC 6266 says: the UTF-8
	 * name in {@code filename*}, and the file's own name for a client that reads only {@code filename}.
	 */
	private static ResponseEntity<Resource> asDownload(ResponseEntity<Resource> served, String file, String name) {
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.headers(served.getHeaders())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + file + "\"; filename*=UTF-8''" + encoded)
			.body(served.getBody());
	}

	/**
	 * The font the pages of every period share ({@code reports/assets/}, which the pages reach as
	 * {@code ../assets/}): nothing of any period's figures, so any signed-in account.
	 */
	@GetMapping("/reports/" + ASSETS + "/{*file}")
	ResponseEntity<Resource> asset(@PathVariable String file) throws IOException {
		return serve(inside(this.reports.resolve(ASSETS), file.isEmpty() ? "" : file.substring(1)));
	}

	private static ResponseEntity<Resource> serve(Path target) {
		MediaType type = MediaTypeFactory.getMediaType(target.getFileName().toString())
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
		if (type.getType().equals("text") || type.getSubtype().equals("svg+xml")) {
			type = new MediaType(type, StandardCharsets.UTF_8);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noCache())
			.body(new FileSystemResource(target));
	}

	/** The file {@code name} names inside {@code folder}, or 404; nothing outside it, hidden, or linked out. */
	static Path inside(Path folder, String name) throws IOException {
		if (!Files.isDirectory(folder) || name.isEmpty() || name.contains("\\") || name.contains("\0")) {
			throw notFound();
		}
		Path target = folder.resolve(name).normalize();
		if (!target.startsWith(folder) || target.equals(folder)) {
			throw notFound();
		}
		for (Path part : folder.relativize(target)) {
			if (part.toString().startsWith(".")) {
				throw notFound();
			}
		}
		if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
				|| !target.toRealPath().startsWith(folder.toRealPath())) {
			throw notFound();
		}
		return target;
	}

	private void requireAllowed(Account account, Period period, Path folder) throws IOException {
		if (account.isProvince()) {
			return;
		}
		DeskStore.LockRecord lock = this.desk.lock(period).orElse(null);
		Path index = folder.resolve("index.html");
		boolean runAfterLock = lock != null && Files.isRegularFile(index)
				&& !Files.getLastModifiedTime(index).toInstant().isBefore(Instant.parse(lock.lockedAt()));
		if (!runAfterLock) {
			throw new SiteException(HttpStatus.FORBIDDEN, period.chineseLabel()
					+ "的报告在省总工会锁定本期并运行月度作业后开放给各市查看；现在请联系省总工会女职工部。");
		}
	}

	private static SiteException notFound() {
		return new SiteException(HttpStatus.NOT_FOUND, "报告文件夹里没有这个文件");
	}
}
