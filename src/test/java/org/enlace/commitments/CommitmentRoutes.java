package org.enlace.commitments;

import static org.enlace.support.Who.ADMIN;
import static org.enlace.support.Who.ANONYMOUS;
import static org.enlace.support.Who.SECRETARIAT_OCAM;
import static org.enlace.support.Who.SECRETARIAT_RCM;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;
import org.enlace.support.Who;

/**
 * The commitments pages and API. Reading is public (the example instrument is public); editing is
 * tried on RCM's strategic plan (its secretariat and admins may, the OCAM secretariat may not) and
 * on OCAM's work plan. Edits send the values already stored, so both allowed keepers succeed
 * without changing anything; the second creation of the same commitment or measure is refused as
 * a duplicate (200, the form again).
 */
public class CommitmentRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		var jdbc = fixtures.jdbc();
		long plan = (Long) jdbc.sql("select id from instrument where reference_key = 'RCM:Strategic Plan 2019-2022'")
			.query().singleValue();
		Map<String, Object> ocam = jdbc.sql("select * from instrument where mechanism_code = 'OCAM' and adopted_on is not null")
			.query().singleRow();
		Map<String, Object> commitment = jdbc.sql("select * from commitment where instrument_id = ? and number = '2'")
			.params(plan).query().singleRow();
		Map<String, Object> measure = jdbc.sql("select * from agreed_measure where code = 'RCM-2019-SP-2.1'")
			.query().singleRow();
		String countries = jdbc.sql("""
				select string_agg(country_iso3, ',') from mechanism_membership ms join mechanism m on m.id = ms.mechanism_id
				where m.code = 'RCM' and ms.status <> 'OBSERVER'
				and (ms.since is null or ms.since <= date '2019-12-31') and (ms.until is null or ms.until >= date '2019-12-31')
				""").query(String.class).single();
		String gcm = jdbc.sql("select string_agg(gcm_objective::text, ', ') from agreed_measure_gcm where measure_id = ?")
			.params(measure.get("id")).query(String.class).single();
		String sdg = jdbc.sql("select string_agg(sdg_target, ', ') from agreed_measure_sdg where measure_id = ?")
			.params(measure.get("id")).query(String.class).single();
		String documents = jdbc.sql("select string_agg(coalesce(label || ' | ', '') || url, E'\\n' order by position) from instrument_document where instrument_id = ?")
			.params(ocam.get("id")).query(String.class).single();

		RouteCase applicability = RouteCase.post("/commitments/{id}/applicability")
			.uri("/commitments/" + commitment.get("id") + "/applicability")
			.form("version", text(commitment.get("version")));
		// The states the plan binds by membership at the end of its adoption year, so nothing changes.
		// Several values of one parameter: the form carries them comma-joined, which Spring splits.
		applicability.form("countries", countries);

		long idb = (Long) jdbc.sql("select id from organization where acronym = 'IDB'").query().singleValue();
		long acknowledged = interest(fixtures, "RCM-2019-SP-2.2", idb);
		long withdrawn = interest(fixtures, "RCM-2019-SP-3.1", idb);
		long apiMeasure = (Long) jdbc.sql("select id from agreed_measure where code = 'OCAM-2025-WP-1.2'").query().singleValue();

		return List.of(RouteCase.get("/instruments").all(200),
				// Expressions of interest: only funders' partners (here: admins, who speak for every funder)
				// express one; the reading list is per reader; the RCM secretariat acknowledges; the
				// funder withdraws. Interests a reader may not read do not exist for them (404).
				RouteCase.get("/measures/interests").all(200).expect(RouteCase.LOGIN, ANONYMOUS),
				keptBy(RouteCase.get("/measures/{id}/interest").uri("/measures/" + measure.get("id") + "/interest"),
						ADMIN, 200, 200),
				keptBy(RouteCase.post("/measures/{id}/interest")
					.uri("/measures/" + measure.get("id") + "/interest")
					.form("organizationId", String.valueOf(idb))
					.form("modality", "GRANT")
					.form("amountUsd", "50000"), ADMIN, 302, 302),
				RouteCase.get("/api/v1/interests").all(200).expect(401, ANONYMOUS),
				RouteCase.post("/api/v1/measures/{id}/interests")
					.uri("/api/v1/measures/" + apiMeasure + "/interests")
					.json("{\"organizationId\": " + idb + ", \"modality\": \"GRANT\", \"amountUsd\": 75000}")
					.all(403)
					.expect(401, ANONYMOUS)
					.expect(201, ADMIN),
				RouteCase.post("/measures/interests/{id}/acknowledge")
					.uri("/measures/interests/" + acknowledged + "/acknowledge")
					.all(404)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(302, SECRETARIAT_RCM, ADMIN),
				RouteCase.post("/measures/interests/{id}/withdraw")
					.uri("/measures/interests/" + withdrawn + "/withdraw")
					.all(404)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(403, SECRETARIAT_RCM)
					.expect(302, ADMIN),

				RouteCase.get("/instruments/{id}").uri("/instruments/" + plan).all(200),
				RouteCase.get("/measures").all(200),
				RouteCase.get("/measures/{id}").uri("/measures/" + measure.get("id")).all(200),
				RouteCase.get("/measures/funding").all(200),
				RouteCase.get("/countries/{iso3}/commitments").uri("/countries/GTM/commitments").all(200),
				RouteCase.get("/api/v1/instruments").all(200),
				RouteCase.get("/api/v1/instruments/{id}").uri("/api/v1/instruments/" + plan).all(200),
				RouteCase.get("/api/v1/measures").all(200),
				RouteCase.get("/api/v1/measures/{id}").uri("/api/v1/measures/" + measure.get("id")).all(200),

				keptBy(RouteCase.get("/mechanisms/{code}/instruments/new").uri("/mechanisms/RCM/instruments/new"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/mechanisms/{code}/instruments/new")
					.uri("/mechanisms/RCM/instruments/new")
					.form("kind", "RESOLUTION")
					.form("titleEs", "Resolución de prueba (matriz de autorización)")
					.form("originalLanguage", "es")
					.form("adoptedOn", "2026-01-15")
					.form("accessLevel", "PUBLIC"), SECRETARIAT_RCM, 302, 302),
				keptBy(RouteCase.get("/instruments/{id}/edit").uri("/instruments/" + ocam.get("id") + "/edit"),
						SECRETARIAT_OCAM, 200, 200),
				keptBy(RouteCase.post("/instruments/{id}/edit")
					.uri("/instruments/" + ocam.get("id") + "/edit")
					.form("kind", text(ocam.get("kind")))
					.form("bodyCode", text(ocam.get("body_code")))
					.form("titleEs", text(ocam.get("title_es")))
					.form("titleEn", text(ocam.get("title_en")))
					.form("titleFr", text(ocam.get("title_fr")))
					.form("textEs", text(ocam.get("text_es")))
					.form("textEn", text(ocam.get("text_en")))
					.form("textFr", text(ocam.get("text_fr")))
					.form("originalLanguage", text(ocam.get("original_language")))
					.form("adoptedOn", text(ocam.get("adopted_on")))
					.form("meeting", text(ocam.get("meeting")))
					.form("documents", text(documents))
					.form("accessLevel", text(ocam.get("access_level")))
					.form("version", text(ocam.get("version"))), SECRETARIAT_OCAM, 302, 302),

				keptBy(RouteCase.get("/instruments/{id}/commitments/new").uri("/instruments/" + plan + "/commitments/new"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/instruments/{id}/commitments/new")
					.uri("/instruments/" + plan + "/commitments/new")
					.form("number", "90")
					.form("textEs", "Compromiso de prueba (matriz de autorización)")
					.form("originalLanguage", "es"), SECRETARIAT_RCM, 302, 200),
				keptBy(RouteCase.get("/commitments/{id}/edit").uri("/commitments/" + commitment.get("id") + "/edit"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/commitments/{id}/edit")
					.uri("/commitments/" + commitment.get("id") + "/edit")
					.form("number", text(commitment.get("number")))
					.form("textEs", text(commitment.get("text_es")))
					.form("textEn", text(commitment.get("text_en")))
					.form("textFr", text(commitment.get("text_fr")))
					.form("originalLanguage", text(commitment.get("original_language")))
					.form("version", text(commitment.get("version"))), SECRETARIAT_RCM, 302, 302),
				keptBy(RouteCase.get("/commitments/{id}/applicability")
					.uri("/commitments/" + commitment.get("id") + "/applicability"), SECRETARIAT_RCM, 200, 200),
				keptBy(applicability, SECRETARIAT_RCM, 302, 302),

				keptBy(RouteCase.get("/commitments/{id}/measures/new")
					.uri("/commitments/" + commitment.get("id") + "/measures/new"), SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/commitments/{id}/measures/new")
					.uri("/commitments/" + commitment.get("id") + "/measures/new")
					.form("code", "MTX-2026-1")
					.form("titleEs", "Medida de prueba (matriz de autorización)")
					.form("originalLanguage", "es")
					.form("estimatedCostUsd", "1000"), SECRETARIAT_RCM, 302, 200),
				keptBy(RouteCase.get("/measures/{id}/edit").uri("/measures/" + measure.get("id") + "/edit"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/measures/{id}/edit")
					.uri("/measures/" + measure.get("id") + "/edit")
					.form("code", text(measure.get("code")))
					.form("titleEs", text(measure.get("title_es")))
					.form("titleEn", text(measure.get("title_en")))
					.form("titleFr", text(measure.get("title_fr")))
					.form("descriptionEs", text(measure.get("description_es")))
					.form("descriptionEn", text(measure.get("description_en")))
					.form("descriptionFr", text(measure.get("description_fr")))
					.form("originalLanguage", text(measure.get("original_language")))
					.form("responsibleBody", text(measure.get("responsible_body")))
					.form("targetDate", text(measure.get("target_date")))
					.form("estimatedCostUsd", text(measure.get("estimated_cost_usd")))
					.form("gcmObjectives", text(gcm))
					.form("sdgTargets", text(sdg))
					.form("themes", "")
					.form("version", text(measure.get("version"))), SECRETARIAT_RCM, 302, 302));
	}

	/**
	 * An editing route: visitors are sent to sign in, the keeping secretariat and admins get what is
	 * given, everyone else 403.
	 */
	private static RouteCase keptBy(RouteCase route, Who secretariat, int forSecretariat, int forAdmin) {
		return route.all(403).expect(RouteCase.LOGIN, ANONYMOUS).expect(forAdmin, ADMIN).expect(forSecretariat,
				secretariat);
	}

	/** An open expression of interest by the organisation in the measure with the code. */
	private static long interest(Fixtures fixtures, String measureCode, long organization) {
		return fixtures.jdbc().sql("""
				insert into funding_interest (measure_id, organization_id, modality, created_by)
				select id, ?, 'GRANT', 'matrix' from agreed_measure where code = ? returning id""")
			.params(organization, measureCode)
			.query(Long.class)
			.single();
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}
}
