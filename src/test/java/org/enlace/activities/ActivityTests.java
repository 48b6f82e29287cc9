package org.enlace.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.enlace.commitments.Commitments;
import org.enlace.commitments.MeasureStatus;
import org.enlace.accounts.ApiTokens;
import org.enlace.activities.ActivityDraft.Participant;
import org.enlace.activities.ActivityDraft.RecipientCountry;
import org.enlace.activities.ActivityViews.ActivityDetail;
import org.enlace.activities.RecordingFunding.TransactionDraft;
import org.enlace.activities.ReportingProgress.ReportDraft;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.Grant;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Activities: the seed project, validation, US dollar conversion, the approval ladder, rights, API. */
@EnlaceTest
class ActivityTests {

	static final Actor ADMIN = new Actor("test.admin", Set.of(new Grant(Role.ADMIN, null)));

	@Autowired
	Activities activities;

	@Autowired
	Commitments commitments;

	@Autowired
	RecordingActivities recording;

	@Autowired
	RecordingFunding funding;

	@Autowired
	ReportingProgress progress;

	@Autowired
	ExchangeRates rates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApiTokens tokens;

	@Test
	void holdsTheSeedProjectWithAllItsFields() {
		long id = jdbc.sql("select id from activity where identifier = ?")
			.param(DemoActivities.SEED_IDENTIFIER)
			.query(Long.class)
			.single();
		ActivityDetail seed = activities.find(Actor.ANONYMOUS, id);
		assertThat(seed.originalLanguage()).isEqualTo("fr");
		assertThat(seed.title().fr()).startsWith("Plateforme virtuelle de coordination");
		assertThat(seed.otherIdentifiers()).extracting(ActivityDraft.OtherIdentifier::value)
			.containsExactly("CR99P0513", "PO.0160");
		assertThat(seed.countries()).hasSize(8);
		assertThat(seed.budget()).isEqualByComparingTo("100000");
		assertThat(seed.committedUsd()).isEqualByComparingTo("100000");
		assertThat(seed.status()).isEqualTo(4);
	}

	@Test
	void refusesBadInputWithATranslatedProblemPerFieldAndSavesNothing() {
		long before = count();
		ActivityDraft bad = new ActivityDraft("T-BAD-1", List.of(), LocalizedText.of("Prueba", null, null), null, "es",
				2, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), null, null,
				List.of(new Participant("NO-SUCH-ORG", 4)),
				List.of(new RecipientCountry("GTM", new BigDecimal("50")), new RecipientCountry("HND", new BigDecimal("40"))),
				new BigDecimal("-5"), "XYZ", List.of(24), List.of(), List.of(), List.of());
		assertThatThrownBy(() -> recording.create(ADMIN, bad)).isInstanceOfSatisfying(ActivityRefused.class,
				refused -> assertThat(refused.problems()).extracting(ActivityRefused.Problem::messageKey)
					.contains("activities.validation.datesOutOfOrder", "activities.validation.organization",
							"activities.validation.percentages", "activities.validation.negative",
							"activities.validation.currency", "activities.validation.objective"));
		ActivityDraft unknownCountry = draft("T-BAD-2", List.of(new RecipientCountry("ZZZ", null)));
		assertThatThrownBy(() -> recording.create(ADMIN, unknownCountry)).isInstanceOf(ActivityRefused.class);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void convertsTransactionsAtTheLatestRateOnOrBeforeTheirDate() {
		rates.add(ADMIN, "CHF", LocalDate.of(2030, 1, 1), new BigDecimal("1.10"));
		rates.add(ADMIN, "CHF", LocalDate.of(2030, 6, 1), new BigDecimal("1.20"));
		long id = recording.create(ADMIN, draft("T-USD-1", List.of(new RecipientCountry("GTM", null))));
		funding.addTransaction(ADMIN, id, new TransactionDraft(2, LocalDate.of(2030, 3, 1), "IOM", null, null, null,
				new BigDecimal("100"), "CHF"));
		funding.addTransaction(ADMIN, id, new TransactionDraft(3, LocalDate.of(2030, 6, 1), null, "Donor", null, null,
				new BigDecimal("100"), "CHF"));
		ActivityDetail a = activities.find(ADMIN, id);
		assertThat(a.committedUsd()).isEqualByComparingTo("110.00");
		assertThat(a.disbursedUsd()).isEqualByComparingTo("120.00");
		assertThatThrownBy(() -> funding.addTransaction(ADMIN, id, new TransactionDraft(3, LocalDate.of(2029, 12, 31),
				null, "Donor", null, null, new BigDecimal("100"), "CHF")))
			.isInstanceOfSatisfying(ActivityRefused.class, r -> assertThat(r.problems().get(0).messageKey())
				.isEqualTo("activities.validation.noRate"));
		assertThatThrownBy(() -> funding.addTransaction(ADMIN, id, new TransactionDraft(3, LocalDate.of(2030, 7, 1),
				null, "Donor", null, null, new BigDecimal("-1"), "CHF"))).isInstanceOf(ActivityRefused.class);
		assertThat(activities.history(ADMIN, id)).hasSize(3);
	}

	@Test
	void onlyApprovedReportsCountTowardsAMeasure() throws Exception {
		long measureId = jdbc.sql("""
				select m.id from agreed_measure m join commitment c on c.id = m.commitment_id
				join instrument i on i.id = c.instrument_id
				where i.mechanism_code = 'RCM' and i.access_level = 'PUBLIC'
				  and not exists (select 1 from activity_measure am where am.measure_id = m.id)
				order by m.code limit 1""").query(Long.class).single();
		String code = jdbc.sql("select code from agreed_measure where id = ?").param(measureId).query(String.class).single();
		assertThat(commitments.measureDetail(Actor.ANONYMOUS, measureId).row().status()).isNotEqualTo(MeasureStatus.IN_PROGRESS);
		long id = recording.create(ADMIN, draft("T-LADDER-1", List.of(new RecipientCountry("GTM", null))));
		jdbc.sql("insert into activity_measure (activity_id, measure_id, measure_code) values (?, ?, ?)")
			.params(id, measureId, code)
			.update();
		Actor focalGt = new Actor("demo.focal.gt", Set.of(new Grant(Role.FOCAL_POINT, "GTM")));
		long returned = progress.submit(focalGt, id, new ReportDraft(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
				"Primer semestre", 80));
		assertThat(activities.progressOfMeasure(measureId).percentComplete()).isZero();
		assertThatThrownBy(() -> progress.sendBack(ADMIN, returned, " ")).isInstanceOf(ActivityRefused.class);
		progress.sendBack(ADMIN, returned, "Faltan cifras");
		long approved = progress.submit(focalGt, id, new ReportDraft(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
				"Primer semestre, con cifras", 40));
		// the measure is RCM's: its secretariat reviews the report, OCAM's may not
		Actor ocam = new Actor("demo.secretariat.ocam", Set.of(new Grant(Role.SECRETARIAT, "OCAM")));
		Actor rcm = new Actor("demo.secretariat.rcm", Set.of(new Grant(Role.SECRETARIAT, "RCM")));
		assertThat(progress.queue(ocam)).noneMatch(r -> r.id() == approved);
		assertThatThrownBy(() -> progress.approve(ocam, approved)).isInstanceOf(ForbiddenException.class);
		assertThat(progress.queue(rcm)).anyMatch(r -> r.id() == approved);
		progress.approve(rcm, approved);
		var measure = activities.progressOfMeasure(measureId);
		assertThat(measure.percentComplete()).isEqualTo(40);
		assertThat(measure.activities()).isEqualTo(1);
		assertThat(measure.anyStarted()).isTrue();
		assertThat(activities.implementing(measureId)).extracting(ActivityViews.ActivityLine::identifier)
			.containsExactly("T-LADDER-1");
		var detail = commitments.measureDetail(Actor.ANONYMOUS, measureId);
		assertThat(detail.progress()).hasValueSatisfying(p -> assertThat(p.percentComplete()).isEqualTo(40));
		assertThat(detail.row().status()).isIn(MeasureStatus.IN_PROGRESS, MeasureStatus.OVERDUE);
		String page = mvc.perform(get("/measures/" + measureId)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("T-LADDER-1", "/activities/" + id);
		assertThatThrownBy(() -> progress.approve(ADMIN, approved)).isInstanceOf(ActivityRefused.class);
	}

	@Test
	void partnersEditOnlyTheirOrganisationsActivities() {
		long iom = jdbc.sql("select id from organization where acronym = 'IOM'").query(Long.class).single();
		Actor partner = new Actor("demo.partner.iom", Set.of(new Grant(Role.PARTNER, String.valueOf(iom))));
		long unicefs = jdbc.sql("select id from activity where identifier = 'DEMO-ENLACE-0003'").query(Long.class).single();
		assertThatThrownBy(() -> recording.editable(partner, unicefs)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> progress.requireReporter(partner, unicefs)).isInstanceOf(ForbiddenException.class);
		ActivityDraft withoutIom = new ActivityDraft("T-OWN-1", List.of(), LocalizedText.of("Sin OIM", null, null),
				null, "es", 1, null, null, null, null, List.of(new Participant("UNICEF", 4)),
				List.of(new RecipientCountry("CRI", null)), null, "USD", null, null, null, null);
		assertThatThrownBy(() -> recording.create(partner, withoutIom)).isInstanceOfSatisfying(ActivityRefused.class,
				r -> assertThat(r.problems().get(0).messageKey()).isEqualTo("activities.validation.ownOrganization"));
		long mine = recording.create(partner, draft("T-OWN-2", List.of(new RecipientCountry("GTM", null))));
		int version = recording.editable(partner, mine).version();
		recording.revise(partner, mine, draft("T-OWN-2", List.of(new RecipientCountry("HND", null))), version);
		assertThatThrownBy(() -> recording.revise(partner, mine, draft("T-OWN-2", List.of()), version))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void theFormShowsFieldErrorsInTheUsersLanguage() throws Exception {
		mvc.perform(post("/activities/new").with(user(users.loadUserByUsername("demo.partner.iom")))
			.with(csrf())
			.param("identifier", "T-FORM-1")
			.param("titleEs", "Prueba")
			.param("originalLanguage", "es")
			.param("status", "1")
			.param("participants", "IOM 4")
			.param("countries", "GTM 50\nHND 40")
			.param("plannedStart", "2025-05-01")
			.param("plannedEnd", "2025-01-01")
			.param("currency", "USD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("El fin es anterior al inicio.")))
			.andExpect(content().string(containsString("juntos suman 100")));
		mvc.perform(get("/activities").param("country", "GTM"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DEMO-ENLACE-0001")));
		mvc.perform(get("/activities/summary")).andExpect(status().isOk());
	}

	@Test
	void theApiAnswersRefusalsAsAFieldList() throws Exception {
		String token = tokens.issue("demo.partner.iom", "activity tests");
		mvc.perform(post("/api/v1/activities").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"identifier": "T-API-1", "title": {"en": "Bad"}, "originalLanguage": "en", "status": 9,
					 "participants": [{"organization": "IOM", "role": 4}], "countries": [{"iso3": "GTM"}],
					 "budget": -1, "currency": "ABC"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("status", "budget", "currency")));
		mvc.perform(get("/api/v1/activities").param("country", "HND"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[*].identifier", hasItems("DEMO-ENLACE-0001")));
	}

	private ActivityDraft draft(String identifier, List<RecipientCountry> countries) {
		return new ActivityDraft(identifier, List.of(), LocalizedText.of("Actividad de prueba", null, null), null, "es",
				2, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), null, null, List.of(new Participant("IOM", 4)),
				countries, new BigDecimal("1000"), "USD", List.of(23), List.of("10.7"), List.of(), List.of());
	}

	private long count() {
		return jdbc.sql("select count(*) from activity").query(Long.class).single();
	}

	@Test
	void theActivitiesTableIsPagedWithTotalsOverEveryMatch() throws Exception {
		String first = mvc.perform(get("/api/v1/activities").param("size", "1").param("page", "0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		String second = mvc.perform(get("/api/v1/activities").param("size", "1").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		var json = new tools.jackson.databind.json.JsonMapper();
		var a = json.readTree(first);
		var b = json.readTree(second);
		assertThat(a.get("lines").get(0).get("identifier").asString())
			.isNotEqualTo(b.get("lines").get(0).get("identifier").asString());
		assertThat(a.get("count").asLong()).isEqualTo(b.get("count").asLong()).isGreaterThan(1);
		assertThat(a.get("budgetUsd").decimalValue()).isEqualByComparingTo(b.get("budgetUsd").decimalValue());
		assertThat(b.get("page").asInt()).isEqualTo(1);
		assertThat(b.get("size").asInt()).isEqualTo(1);
		mvc.perform(get("/api/v1/activities").param("size", "500")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/activities").param("page", "-1")).andExpect(status().isBadRequest());
		// a mistyped page number in an address shows the first page rather than an error
		mvc.perform(get("/activities").param("page", "zwei")).andExpect(status().isOk());
	}

	@Test
	void anIndicatorGetsItsActualAfterItsTargetWithoutLosingIt() throws Exception {
		long iom = jdbc.sql("select id from organization where acronym = 'IOM'").query(Long.class).single();
		long activity = jdbc.sql("""
				insert into activity (identifier, title_es, original_language, status, currency)
				values ('T-INDICATOR-PERIODS', 'Actividad con indicador', 'es', 2, 'USD') returning id""")
			.query(Long.class).single();
		jdbc.sql("insert into activity_participant (activity_id, organization_id, role) values (?, ?, 4)").params(activity, iom).update();
		long indicator = jdbc.sql("insert into activity_indicator (activity_id, title) values (?, 'Personas atendidas') returning id")
			.param(activity).query(Long.class).single();
		var partner = user(users.loadUserByUsername("demo.partner.iom"));
		String path = "/activities/" + activity + "/indicators/" + indicator + "/periods/new";
		mvc.perform(post(path).with(partner).with(csrf()).param("periodStart", "2026-01-01").param("periodEnd", "2026-06-30")
			.param("target", "500")).andExpect(status().is3xxRedirection());
		mvc.perform(post(path).with(partner).with(csrf()).param("periodStart", "2026-01-01").param("periodEnd", "2026-06-30")
			.param("actual", "430")).andExpect(status().is3xxRedirection());
		var period = jdbc.sql("select target, actual from indicator_period where indicator_id = ?").param(indicator)
			.query((rs, i) -> new java.math.BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) }).list();
		assertThat(period).hasSize(1);
		assertThat(period.get(0)[0]).isEqualByComparingTo("500");
		assertThat(period.get(0)[1]).isEqualByComparingTo("430");

		// bad input: translated errors, nothing changes
		String refused = mvc.perform(post(path).with(partner).with(csrf()).header("Accept-Language", "es")
			.param("periodStart", "2026-12-31").param("periodEnd", "2026-01-01"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Indique una meta, un valor logrado o ambos.");
		assertThat(jdbc.sql("select count(*) from indicator_period where indicator_id = ?").param(indicator)
			.query(Long.class).single()).isEqualTo(1);
		// another activity's indicator under this activity's address does not exist
		long other = jdbc.sql("select min(id) from activity_indicator where activity_id <> ?").param(activity)
			.query(Long.class).optional().orElse(0L);
		mvc.perform(get("/activities/" + activity + "/indicators/" + (other == 0 ? 999_999 : other) + "/periods/new").with(partner))
			.andExpect(status().isNotFound());
	}
}
