package cn.gdftu.twocoverage.site;

import java.time.Instant;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static cn.gdftu.twocoverage.site.ReviewFixtures.CITY;
import static cn.gdftu.twocoverage.site.ReviewFixtures.contractsCsv;
import static cn.gdftu.twocoverage.site.ReviewFixtures.organizationsCsv;
import static cn.gdftu.twocoverage.site.ReviewFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SPEC §12 through the whole site with MockMvc: warnings at upload against last month as the job
 * stored it ({@link ReviewFixtures}), the city's explanations, the province's decision, every route and
 * status code, in the order a month's review happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewTests extends SiteContext {

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteStore store;

	@Autowired
	Jdbi jdbi;

	@BeforeAll
	void accounts() {
		for (String[] a : new String[][] { { "gz", CITY }, { "sz", "440300" }, { "prov", null } }) {
			this.store.addAccount(a[0], a[1], hash(a[0] + "-password"), Instant.now().toString());
		}
		ReviewFixtures.storeLastMonth(this.jdbi, 41);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor as(String account) {
		return user(account).roles("prov".equals(account) ? "PROVINCE" : "CITY");
	}

	ResultActions upload(String account, String organizations, String contracts) throws Exception {
		return this.mvc.perform(multipart("/returns/" + period())
			.file(SiteFixtures.organizations(organizations))
			.file(SiteFixtures.contracts(contracts))
			.with(as(account))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON));
	}

	ResultActions json(String account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(as(account)).with(csrf()).accept(MediaType.APPLICATION_JSON));
	}

	MockHttpServletRequestBuilder explain(int version) {
		return post("/returns/" + period() + "/explanations").param("version", Integer.toString(version));
	}

	MockHttpServletRequestBuilder decide(int version, String decision, String reason) {
		return post("/returns/" + period() + "/review").param("city", CITY).param("version", Integer.toString(version))
			.param("decision", decision).param("reason", reason);
	}

	@Test
	@Order(1)
	void anUploadCarriesEveryPlantedWarningAndIsStoredAnyway() throws Exception {
		upload("gz", organizationsCsv(ReviewFixtures.planted()),
				contractsCsv(java.util.List.of(ReviewFixtures.contract("HT-1", 1))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.warnings", hasSize(6)))
			.andExpect(jsonPath("$.warnings[?(@.code == 'ROSTER_CHANGE')].previous").value("10"))
			.andExpect(jsonPath("$.warnings[?(@.code == 'ROSTER_CHANGE')].current").value("7"))
			.andExpect(jsonPath("$.warnings[?(@.code == 'HEAD_COUNT_JUMP')].employer_id").value(ReviewFixtures.id(1)))
			.andExpect(jsonPath("$.warnings[?(@.code == 'HEAD_COUNT_JUMP')].current").value("1001"))
			.andExpect(jsonPath("$.warnings[?(@.code == 'COMMITTEE_DROPPED')].employer_name").value("单位2"))
			.andExpect(jsonPath("$.warnings[?(@.code == 'CONTRACT_DROPPED')].contract_id").value("HT-2"))
			.andExpect(jsonPath("$.warnings[?(@.code == 'RATE_DROP')].previous").value(
					org.hamcrest.Matchers.containsInAnyOrder("100.0%", "20.0%")))
			.andExpect(jsonPath("$.warnings[?(@.code == 'RATE_DROP')].current").value(
					org.hamcrest.Matchers.containsInAnyOrder("85.7%", "14.3%")));
	}

	@Test
	@Order(2)
	void theReturnsJsonShowsTheReviewNeedingExplanation() throws Exception {
		json("gz", get("/returns/" + period()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.review.status").value("needs_explanation"))
			.andExpect(jsonPath("$.review.warnings", hasSize(6)))
			.andExpect(jsonPath("$.review.explanations", hasSize(0)))
			.andExpect(jsonPath("$.review.decision").doesNotExist());
		json("prov", get("/periods/" + period()))
			.andExpect(jsonPath("$[?(@.city_code == '440100')].review_status").value("needs_explanation"))
			.andExpect(jsonPath("$[?(@.city_code == '440300')].review_status").value(""));
	}

	@Test
	@Order(3)
	void theCitysPageShowsTheWarningsByCodeAndTheForm() throws Exception {
		this.mvc.perform(get("/returns/" + period()).with(as("gz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"HEAD_COUNT_JUMP\"")))
			.andExpect(content().string(containsString("name=\"explanation_RATE_DROP\"")))
			.andExpect(content().string(containsString("data-review=\"needs_explanation\"")));
		this.mvc.perform(get("/returns/" + period() + "/warnings").param("code", "RATE_DROP").with(as("gz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("85.7%")));
		this.mvc.perform(get("/returns/" + period() + "/warnings").param("code", "NOPE").with(as("gz")))
			.andExpect(status().isBadRequest());
	}

	static final String[] CODES = { "ROSTER_CHANGE", "HEAD_COUNT_JUMP", "COMMITTEE_DROPPED", "CONTRACT_DROPPED",
			"RATE_DROP" };

	MockHttpServletRequestBuilder allExplained(int version, String text) {
		MockHttpServletRequestBuilder request = explain(version);
		for (String code : CODES) {
			request.param("explanation_" + code, text);
		}
		return request;
	}

	@Test
	@Order(4)
	void explanationsOutOfBoundsOrMissingACodeAreRefusedWhole() throws Exception {
		json("gz", explain(1).param("explanation_ROSTER_CHANGE", "本月撤并三个街道")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("缺少")));
		json("gz", allExplained(1, "太短")).andExpect(status().isBadRequest());
		json("gz", allExplained(1, "长".repeat(10_000))).andExpect(status().isBadRequest());
		json("gz", allExplained(1, "本月撤并三个街道").param("explanation_NOPE", "多出来的一类")).andExpect(status().isBadRequest());
		json("gz", allExplained(2, "本月撤并三个街道")).andExpect(status().isConflict());
		json("gz", explain(1)).andExpect(status().isBadRequest());
		json("gz", get("/returns/" + period())).andExpect(jsonPath("$.review.explanations", hasSize(0)));
		json("sz", allExplained(1, "本月撤并三个街道").param("city", CITY)).andExpect(status().isForbidden());
	}

	@Test
	@Order(5)
	void explanationsWithMarkupAreKeptAndShownInert() throws Exception {
		json("gz", allExplained(1, "<script>alert(1)</script>=1+1 本月撤并三个街道"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("awaiting_review"))
			.andExpect(jsonPath("$.explanations", hasSize(5)))
			.andExpect(jsonPath("$.explanations[0].by").value("gz"));
		this.mvc.perform(get("/returns/" + period()).param("city", CITY).with(as("prov")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	@Order(6)
	void onlyTheProvinceDecidesOnTheCurrentVersionAndAReturnNeedsAReason() throws Exception {
		json("gz", decide(1, "approve", "")).andExpect(status().isForbidden());
		json("gz", get("/returns/" + period() + "/review")).andExpect(status().isForbidden());
		json("prov", decide(1, "return", "")).andExpect(status().isBadRequest());
		json("prov", decide(1, "return", "不行")).andExpect(status().isBadRequest());
		json("prov", decide(1, "maybe", "")).andExpect(status().isBadRequest());
		json("prov", decide(2, "approve", "")).andExpect(status().isConflict());
		json("prov", post("/returns/" + period() + "/review").param("version", "1").param("decision", "approve"))
			.andExpect(status().isBadRequest());
		json("prov", decide(1, "return", "请补报漏掉的三个街道"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("returned"))
			.andExpect(jsonPath("$.decision.decision").value("return"))
			.andExpect(jsonPath("$.decision.reason").value("请补报漏掉的三个街道"))
			.andExpect(jsonPath("$.decision.by").value("prov"));
		json("gz", get("/returns/" + period())).andExpect(jsonPath("$.review.status").value("returned"));
		java.util.List<String> audited = this.jdbi.withHandle((h) -> h.createQuery(
				"SELECT account || ' ' || remote_address || ' ' || version || ' ' || action FROM review_event WHERE action = 'return'")
			.mapTo(String.class).list());
		assertThat(audited).containsExactly("prov 127.0.0.1 1 return");
	}

	@Test
	@Order(7)
	void aCorrectionStartsTheReviewAgain() throws Exception {
		upload("gz", organizationsCsv(ReviewFixtures.corrected()), contractsCsv(ReviewFixtures.lastMonthContracts()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.warnings[*].code").value(
					org.hamcrest.Matchers.contains("COMMITTEE_DROPPED", "RATE_DROP")));
		json("gz", get("/returns/" + period()))
			.andExpect(jsonPath("$.review.status").value("needs_explanation"))
			.andExpect(jsonPath("$.review.decision").doesNotExist());
		json("prov", decide(1, "approve", "")).andExpect(status().isConflict());
	}

	@Test
	@Order(8)
	void theProvinceApprovesAndTheDeskCountsAndFilters() throws Exception {
		json("gz", explain(2).param("explanation_COMMITTEE_DROPPED", "该单位女职工委员会换届，暂未产生")
			.param("explanation_RATE_DROP", "同上，换届期间无组织")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("awaiting_review"));
		this.mvc.perform(get("/returns/" + period() + "/review").param("city", CITY).with(as("prov")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"decision\"")))
			.andExpect(content().string(containsString("请补报漏掉的三个街道")));
		this.mvc.perform(decide(2, "approve", "").with(as("prov")).with(csrf()))
			.andExpect(redirectedUrl("/returns/" + period() + "/review?city=" + CITY));
		json("prov", get("/periods/" + period()).param("review", "approved"))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].city_code").value(CITY))
			.andExpect(jsonPath("$[0].review_status").value("approved"));
		json("prov", get("/periods/" + period()).param("review", "bogus")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/periods/" + period()).with(as("prov")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-review=\"approved\"")))
			.andExpect(content().string(containsString("已通过 1")));
	}

	/**
	 * Version 1 (the planted changes) against version 2 (the correction): U8..U10 back (added), U1's
	 * employees 1001 → 100 and U2 unchanged between the two (committee gone in both), HT-2 back.
	 * Last month against version 2: only U2's women_org differs.
	 */
	@Test
	@Order(9)
	void comparingVersionsAndLastMonth() throws Exception {
		json("prov", get("/returns/" + period() + "/compare").param("city", CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("1"))
			.andExpect(jsonPath("$.to").value("2"))
			.andExpect(jsonPath("$.unions_from").value(7))
			.andExpect(jsonPath("$.unions_to").value(10))
			.andExpect(jsonPath("$.added").value(3))
			.andExpect(jsonPath("$.removed").value(0))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.contracts_added").value(1))
			.andExpect(jsonPath("$.contracts_removed").value(0))
			.andExpect(jsonPath("$.unions[?(@.change == 'changed')].employer_id").value(ReviewFixtures.id(1)))
			.andExpect(jsonPath("$.unions[?(@.change == 'changed')].fields[0]").value("employees"));
		json("gz", get("/returns/" + period() + "/compare").param("from", "previous"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("previous"))
			.andExpect(jsonPath("$.unions_from").value(10))
			.andExpect(jsonPath("$.changed").value(1))
			.andExpect(jsonPath("$.unions[0].employer_id").value(ReviewFixtures.id(2)))
			.andExpect(jsonPath("$.unions[0].fields[0]").value("women_org"));
		String csv = this.mvc.perform(get("/returns/" + period() + "/compare.csv").with(as("gz")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFfrom,to,employer_id,employer_name,change,fields\r\n")
			.contains("1,2," + ReviewFixtures.id(1) + ",单位1,changed,employees\r\n");
		this.mvc.perform(get("/returns/" + period() + "/compare").param("from", "1").param("to", "2").with(as("gz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 / 0 / 1")));
		json("gz", get("/returns/" + period() + "/compare").param("from", "x")).andExpect(status().isBadRequest());
		json("gz", get("/returns/" + period() + "/compare").param("from", "9")).andExpect(status().isNotFound());
		json("sz", get("/returns/" + period() + "/compare").param("city", CITY)).andExpect(status().isForbidden());
	}
}
