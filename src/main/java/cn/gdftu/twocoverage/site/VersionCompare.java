package cn.gdftu.twocoverage.site;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.ChangeStore;
import cn.gdftu.twocoverage.ingest.Contract;
import cn.gdftu.twocoverage.ingest.Organization;
import cn.gdftu.twocoverage.report.CsvFiles;
import cn.gdftu.twocoverage.report.ExcelCsv;
import cn.gdftu.twocoverage.report.ExcelText;
import cn.gdftu.twocoverage.store.ReturnStore;

/**
 * Two versions of a city's return side by side (SPEC §12 compare): unions added, removed and changed
 * (with the columns that differ, §11's meaning of changed), contracts added and removed. A version is
 * read again from its stored files with the one city check (its accepted rows); {@code previous} is the
 * city's latest earlier period stored by the job.
 */
@Component
@ConditionalOnWebApplication
public class VersionCompare {

	static final String PREVIOUS = "previous";

	private final ReturnStorage storage;

	private final UploadCheck check;

	private final SiteStore site;

	private final Jdbi jdbi;

	VersionCompare(ReturnStorage storage, UploadCheck check, SiteStore site, Jdbi jdbi) {
		this.storage = storage;
		this.check = check;
		this.site = site;
		this.jdbi = jdbi;
	}

	public Comparison compare(Period period, String city, String fromText, String toText) {
		List<Integer> versions = this.site.versions(period, city).stream().map(ReturnVersion::version).toList();
		if (versions.isEmpty()) {
			throw new SiteException(HttpStatus.NOT_FOUND, "这一期还没有报送，无法比较");
		}
		int to = (toText == null || toText.isBlank()) ? versions.get(0) : version(toText, versions);
		Side from;
		if (PREVIOUS.equals(fromText)) {
			from = previousPeriod(period, city);
		}
		else if (fromText == null || fromText.isBlank()) {
			int before = versions.stream().filter((v) -> v < to).findFirst()
				.orElseThrow(() -> new SiteException(HttpStatus.NOT_FOUND,
						"第 " + to + " 版之前没有别的版本；可用 from=previous 与上期比较"));
			from = version(period, city, before);
		}
		else {
			from = version(period, city, version(fromText, versions));
		}
		return Comparison.of(from, version(period, city, to));
	}

	private static int version(String text, List<Integer> versions) {
		try {
			int v = Integer.parseInt(text.strip());
			if (!versions.contains(v)) {
				throw new SiteException(HttpStatus.NOT_FOUND, "没有第 " + v + " 版");
			}
			return v;
		}
		catch (NumberFormatException ex) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "from / to 应为版本号（如 2），from 也可以是 previous（上期）");
		}
	}

	private Side version(Period period, String city, int version) {
		Path folder = this.storage.versionFolder(period, city, version);
		if (!Files.isDirectory(folder)) {
			throw new SiteException(HttpStatus.NOT_FOUND, "第 " + version + " 版的文件不在了，无法比较");
		}
		UploadCheck.Result result = this.check.check(city, folder);
		return new Side("第 " + version + " 版", Integer.toString(version), result.organizations(), contractIds(result.contracts()));
	}

	private Side previousPeriod(Period period, String city) {
		return this.jdbi.withHandle((handle) -> {
			ChangeStore.Prior prior = handle.attach(ChangeStore.class).priors(period).stream()
				.filter((p) -> p.cityCode().equals(city)).findFirst()
				.orElseThrow(() -> new SiteException(HttpStatus.NOT_FOUND, "没有更早的已入库期间可比"));
			ReturnStore rows = handle.attach(ReturnStore.class);
			List<Organization> unions = rows.organizations(prior.loadId(), city);
			Set<String> contracts = new TreeSet<>(rows.contractIds(prior.loadId(), city));
			return new Side(prior.period() + "（上期）", PREVIOUS, unions, contracts);
		});
	}

	private static Set<String> contractIds(List<Contract> contracts) {
		Set<String> ids = new TreeSet<>();
		contracts.forEach((c) -> ids.add(c.contractId()));
		return ids;
	}

	/** One side: its label for people, its name for scripts, its accepted unions and contract ids. */
	record Side(String label, String name, List<Organization> unions, Set<String> contracts) {
	}

	/** A union that differs: {@code change} added, removed or changed, and the columns that differ. */
	public record UnionChange(String employerId, String employerName, String change, List<String> fields) {
	}

	/** The comparison of SPEC §12. */
	public record Comparison(String fromLabel, String from, String toLabel, String to, int unionsFrom, int unionsTo,
			int added, int removed, int changed, int contractsAdded, int contractsRemoved, List<UnionChange> unions) {

		static Comparison of(Side from, Side to) {
			Map<String, Organization> before = new TreeMap<>();
			from.unions().forEach((o) -> before.put(o.employerId(), o));
			Map<String, Organization> after = new TreeMap<>();
			to.unions().forEach((o) -> after.put(o.employerId(), o));
			List<UnionChange> changes = new ArrayList<>();
			int added = 0;
			int removed = 0;
			int changed = 0;
			Set<String> ids = new TreeSet<>(before.keySet());
			ids.addAll(after.keySet());
			for (String id : ids) {
				Organization b = before.get(id);
				Organization a = after.get(id);
				if (b == null) {
					added++;
					changes.add(new UnionChange(id, a.employerName(), "added", List.of()));
				}
				else if (a == null) {
					removed++;
					changes.add(new UnionChange(id, b.employerName(), "removed", List.of()));
				}
				else {
					List<String> fields = differences(b, a);
					if (!fields.isEmpty()) {
						changed++;
						changes.add(new UnionChange(id, a.employerName(), "changed", fields));
					}
				}
			}
			Set<String> contractsAdded = new TreeSet<>(to.contracts());
			contractsAdded.removeAll(from.contracts());
			Set<String> contractsRemoved = new TreeSet<>(from.contracts());
			contractsRemoved.removeAll(to.contracts());
			return new Comparison(from.label(), from.name(), to.label(), to.name(), before.size(), after.size(), added,
					removed, changed, contractsAdded.size(), contractsRemoved.size(), changes);
		}

		/** §11's columns of a changed union. */
		static List<String> differences(Organization b, Organization a) {
			List<String> fields = new ArrayList<>();
			differ(fields, "county_code", b.countyCode(), a.countyCode());
			differ(fields, "industry", b.industry(), a.industry());
			differ(fields, "ownership", b.ownership(), a.ownership());
			differ(fields, "employees", b.employees(), a.employees());
			differ(fields, "women_employees", b.womenEmployees(), a.womenEmployees());
			differ(fields, "women_members", b.womenMembers(), a.womenMembers());
			differ(fields, "women_org", b.womenOrg(), a.womenOrg());
			return fields;
		}

		private static void differ(List<String> fields, String name, Object before, Object after) {
			if (!Objects.equals(before, after)) {
				fields.add(name);
			}
		}

		public Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("from", this.from);
			json.put("to", this.to);
			json.put("from_label", this.fromLabel);
			json.put("to_label", this.toLabel);
			json.put("unions_from", this.unionsFrom);
			json.put("unions_to", this.unionsTo);
			json.put("added", this.added);
			json.put("removed", this.removed);
			json.put("changed", this.changed);
			json.put("contracts_added", this.contractsAdded);
			json.put("contracts_removed", this.contractsRemoved);
			json.put("unions", this.unions.stream().map((u) -> {
				Map<String, Object> x = new LinkedHashMap<>();
				x.put("employer_id", u.employerId());
				x.put("employer_name", u.employerName());
				x.put("change", u.change());
				x.put("fields", u.fields());
				return x;
			}).toList());
			return json;
		}

		/** compare.csv: UTF-8 with BOM, CRLF, every cell inert in Excel. */
		public String csv() {
			StringWriter out = new StringWriter();
			try (ExcelCsv csv = CsvFiles.forExcel(out, "from", "to", "employer_id", "employer_name", "change", "fields")) {
				for (UnionChange u : this.unions) {
					csv.printRecord(this.from, this.to, u.employerId(), u.employerName(), u.change(),
							String.join(" ", u.fields()));
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return out.toString();
		}
	}
}
