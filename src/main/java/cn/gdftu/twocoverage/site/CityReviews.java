package cn.gdftu.twocoverage.site;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.gdftu.twocoverage.Period;
import cn.gdftu.twocoverage.changes.WarningCode;
import cn.gdftu.twocoverage.review.CityReview;
import cn.gdftu.twocoverage.review.ReviewNotices;
import cn.gdftu.twocoverage.review.ReviewStore;
import cn.gdftu.twocoverage.review.Reviews;

/**
 * The review of SPEC §12 as the site runs it: a city's review of a period, the city's explanations and
 * the province's decision. Each is checked against the version that is current inside the transaction
 * that records it, so a decision never lands on a version replaced meanwhile; each is audited.
 */
@Component
@ConditionalOnWebApplication
public class CityReviews {

	static final String FIELD_PREFIX = "explanation_";

	static final int SHORTEST = 4;

	static final int LONGEST = 500;

	private final Reviews reviews;

	private final ReturnStorage storage;

	private final Jdbi jdbi;

	private final Clock clock;

	private final ObjectProvider<ReviewNotices> notices;

	CityReviews(Reviews reviews, ReturnStorage storage, Jdbi jdbi, Clock clock, ObjectProvider<ReviewNotices> notices) {
		this.reviews = reviews;
		this.storage = storage;
		this.jdbi = jdbi;
		this.clock = clock;
		this.notices = notices;
	}

	/** The review of the city's current version (a return sent as files: {@code as_files}). */
	public CityReview of(Period period, String city, CityReturns.Summary summary) {
		Integer version = (summary.current() == null) ? null : summary.current().stored().version();
		return this.reviews.of(period, city, version, asFiles(period, city));
	}

	boolean asFiles(Period period, String city) {
		return Files.isDirectory(this.storage.current(period, city), LinkOption.NOFOLLOW_LINKS);
	}

	/** The city's explanation of every warning code of its current version, all kept or none (400, 409). */
	public void explain(String account, Period period, String city, String versionText, Map<String, String> fields,
			String remoteAddress) {
		int version = version(versionText);
		Map<String, String> texts = explanationFields(fields);
		this.jdbi.useTransaction((handle) -> {
			requireCurrent(handle.attach(SiteStore.class), period, city, version);
			ReviewStore store = handle.attach(ReviewStore.class);
			Set<WarningCode> codes = CityReview.codes(store.warnings(period, city, version));
			if (codes.isEmpty()) {
				throw new SiteException(HttpStatus.BAD_REQUEST, "第 " + version + " 版没有需要说明的提示");
			}
			Map<WarningCode, String> kept = new LinkedHashMap<>();
			for (WarningCode code : codes) {
				String text = texts.remove(code.name());
				if (text == null) {
					throw new SiteException(HttpStatus.BAD_REQUEST,
							"请对每一类提示都填写说明：缺少“" + code.label() + "”（" + code.name() + "）的说明，本次说明没有保存");
				}
				kept.put(code, bounded(text, "“" + code.label() + "”（" + code.name() + "）的说明"));
			}
			if (!texts.isEmpty()) {
				throw new SiteException(HttpStatus.BAD_REQUEST, "第 " + version + " 版没有这一类提示："
						+ shortened(String.join("、", texts.keySet())) + "，本次说明没有保存");
			}
			String at = this.clock.instant().toString();
			store.forgetExplanations(period, city, version);
			kept.forEach((code, text) -> store.addExplanation(period, city, version, code.name(), text, account, at));
			store.addEvent(UUID.randomUUID().toString(), period, city, version, CityReview.EXPLAIN,
					String.join(",", kept.keySet().stream().map(Enum::name).toList()), account, at, remoteAddress);
		});
	}

	/** The province approves or sends back the city's current version (400, 409). */
	public String decide(String account, Period period, String city, String versionText, String decision,
			String reasonText, String remoteAddress) {
		int version = version(versionText);
		if (!CityReview.APPROVE.equals(decision) && !CityReview.RETURN.equals(decision)) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "decision 应为 approve（通过）或 return（退回）");
		}
		String reason = (reasonText == null) ? "" : reasonText.strip();
		if (CityReview.RETURN.equals(decision)) {
			reason = bounded(reason, "退回理由");
		}
		else if (reason.codePointCount(0, reason.length()) > LONGEST) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "备注最多 " + LONGEST + " 个字");
		}
		String kept = reason;
		this.jdbi.useTransaction((handle) -> {
			requireCurrent(handle.attach(SiteStore.class), period, city, version);
			handle.attach(ReviewStore.class).addEvent(UUID.randomUUID().toString(), period, city, version, decision, kept,
					account, this.clock.instant().toString(), remoteAddress);
		});
		ReviewNotices to = this.notices.getIfAvailable(() -> ReviewNotices.NONE);
		if (CityReview.RETURN.equals(decision)) {
			to.returned(period, city, version, kept, account);
		}
		else {
			to.approved(period, city, version, account);
		}
		return decision;
	}

	private static void requireCurrent(SiteStore store, Period period, String city, int version) {
		int current = store.lastVersion(period, city);
		if (current < 1) {
			throw new SiteException(HttpStatus.CONFLICT, "这一期还没有经网站校验的报送，无法说明或审核");
		}
		if (current != version) {
			throw new SiteException(HttpStatus.CONFLICT,
					"第 " + version + " 版已不是当前版本（当前为第 " + current + " 版），请刷新页面后按当前版本操作");
		}
	}

	private static int version(String text) {
		try {
			return Integer.parseInt((text == null) ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "请注明针对哪个版本（version，如 2）");
		}
	}

	/** The explanation_<CODE> fields by code; any other field is ignored (the CSRF token among them). */
	private static Map<String, String> explanationFields(Map<String, String> fields) {
		Map<String, String> texts = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith(FIELD_PREFIX)) {
				texts.put(name.substring(FIELD_PREFIX.length()), value);
			}
		});
		return texts;
	}

	private static String bounded(String text, String what) {
		String t = text.strip();
		int length = t.codePointCount(0, t.length());
		if (length < SHORTEST || length > LONGEST) {
			throw new SiteException(HttpStatus.BAD_REQUEST, what + "应为 " + SHORTEST + "–" + LONGEST + " 个字（现为 "
					+ length + " 个字），没有保存");
		}
		return t;
	}

	/** Field names echoed in a message: at most a short prefix. */
	private static String shortened(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…";
	}
}
