package cn.gdftu.twocoverage.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.ChinaTime;
import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.ingest.SubmissionStatus;

/** A city's return for a period as the site shows it: the current version, every version and its files. */
@Component
@ConditionalOnWebApplication
public class CityReturns {

	private final SiteStore store;

	private final CurrentAccount accounts;

	private final PeriodLocks locks;

	private final ReturnStorage storage;

	CityReturns(SiteStore store, CurrentAccount accounts, PeriodLocks locks, ReturnStorage storage) {
		this.store = store;
		this.accounts = accounts;
		this.locks = locks;
		this.storage = storage;
	}

	public Summary summary(Period period, String cityCode) {
		List<ReturnFile> files = this.store.files(period, cityCode);
		List<Version> versions = new ArrayList<>();
		List<ReturnVersion> stored = this.store.versions(period, cityCode);
		for (ReturnVersion version : stored) {
			versions.add(new Version(version, show(version.uploadedAt()),
					files.stream().filter((f) -> f.version() == version.version()).toList()));
		}
		CurrentReturn current = CurrentReturn.of(cityCode, stored, this.storage.current(period, cityCode));
		return new Summary(period, cityCode, this.accounts.cityName(cityCode), this.locks.isLocked(period),
				versions, current);
	}

	/** China time, as the city reads it on the page. */
	public static String show(String instant) {
		return ChinaTime.seconds(Instant.parse(instant));
	}

	/** A stored version with its files, for the page. */
	public record Version(ReturnVersion stored, String shownAt, List<ReturnFile> files) {

		public boolean checked() {
			return this.stored.status() != null;
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("version", this.stored.version());
			json.put("uploaded_at", this.stored.uploadedAt());
			json.put("uploaded_by", this.stored.uploadedBy());
			json.put("status", (this.stored.status() == null) ? null : this.stored.status().code());
			json.put("organizations_rows", this.stored.organizationsRows());
			json.put("organizations_accepted", this.stored.organizationsAccepted());
			json.put("contracts_rows", this.stored.contractsRows());
			json.put("contracts_accepted", this.stored.contractsAccepted());
			json.put("rejected_rows", this.stored.rejectedRows());
			json.put("message", this.stored.message());
			json.put("files", this.files.stream().map((f) -> {
				Map<String, Object> file = new LinkedHashMap<>();
				file.put("name", f.name());
				file.put("size", f.size());
				file.put("sha256", f.sha256());
				return file;
			}).toList());
			return json;
		}
	}

	/**
	 * The city's return for one period; {@code current()} is the newest stored version, if any, and
	 * {@code now} what the city's return is (stored, or sent as files, or nothing).
	 */
	public record Summary(Period period, String cityCode, String cityName, boolean locked, List<Version> versions,
			CurrentReturn now) {

		public Version current() {
			return this.versions.isEmpty() ? null : this.versions.get(0);
		}

		/** The status the job gives the current return; a return sent as files as far as its survey tells. */
		public SubmissionStatus status() {
			return this.now.status();
		}

		public boolean asFiles() {
			return this.now.asFiles();
		}

		public Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("period", this.period.toString());
			json.put("city_code", this.cityCode);
			json.put("city_name", this.cityName);
			json.put("locked", this.locked);
			json.put("status", status().code());
			json.put("current", (current() == null) ? null : current().json());
			json.put("versions", this.versions.stream().map(Version::json).toList());
			return json;
		}
	}
}
