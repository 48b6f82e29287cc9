package org.enlace.activities;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;

import static org.enlace.support.Who.ADMIN;
import static org.enlace.support.Who.ANONYMOUS;
import static org.enlace.support.Who.FOCAL_POINT_GTM;
import static org.enlace.support.Who.PARTNER_IOM;
import static org.enlace.support.Who.SECRETARIAT_OCAM;
import static org.enlace.support.Who.SECRETARIAT_RCM;

/**
 * The activities pages and API. Changes are tried on activities made for the purpose, in which IOM
 * (the demo partner's organisation) implements in Guatemala: IOM's partner and admins edit them,
 * IOM's partner and Guatemala's focal point report on them, and only admins review reports (no
 * activity implements a mechanism's measure yet). The second allowed creation or edit is refused as
 * a duplicate identifier or a stale version, because the first one ran before it.
 */
public class ActivityRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		long iom = fixtures.id("select id from organization where acronym = 'IOM'");
		long seed = fixtures.id("select id from activity where identifier = 'XM-DAC-47066-PO.0160'");
		long edited = activity(fixtures, "MTX-EDIT", iom);
		long api = activity(fixtures, "MTX-API", iom);
		long indicator = fixtures.id("""
				insert into activity_indicator (activity_id, title, unit) values (?, 'Matrix indicator', 'people')
				returning id""", edited);
		long approved = report(fixtures, edited);
		long returned = report(fixtures, edited);
		long job = importJob(fixtures);

		return List.of(RouteCase.get("/activities").all(200), RouteCase.get("/activities/summary").all(200),
				RouteCase.get("/activities/{id}").uri("/activities/" + seed).all(200),
				RouteCase.get("/api/v1/activities").all(200),
				RouteCase.get("/api/v1/activities/{id}").uri("/api/v1/activities/" + seed).all(200),

				page(RouteCase.get("/activities/new"), 200, 200),
				page(RouteCase.post("/activities/new")
					.form("identifier", "MTX-NEW")
					.form("titleEs", "Actividad creada por la matriz de autorización")
					.form("originalLanguage", "es")
					.form("status", "1")
					.form("participants", "IOM 4")
					.form("countries", "GTM")
					.form("currency", "USD"), 302, 200),
				page(RouteCase.get("/activities/{id}/edit").uri("/activities/" + edited + "/edit"), 200, 200),
				page(RouteCase.post("/activities/{id}/edit")
					.uri("/activities/" + edited + "/edit")
					.form("identifier", "MTX-EDIT")
					.form("titleEs", "Actividad de la matriz")
					.form("originalLanguage", "es")
					.form("status", "2")
					.form("participants", "IOM 4")
					.form("countries", "GTM")
					.form("currency", "USD")
					.form("version", "0"), 302, 200),
				page(RouteCase.get("/activities/{id}/transactions/new").uri("/activities/" + edited + "/transactions/new"),
						200, 200),
				page(RouteCase.post("/activities/{id}/transactions/new")
					.uri("/activities/" + edited + "/transactions/new")
					.form("type", "3")
					.form("date", "2025-01-01")
					.form("providerName", "Matrix donor")
					.form("value", "10")
					.form("currency", "USD"), 302, 302),
				page(RouteCase.get("/activities/{id}/indicators/new").uri("/activities/" + edited + "/indicators/new"),
						200, 200),
				page(RouteCase.post("/activities/{id}/indicators/new")
					.uri("/activities/" + edited + "/indicators/new")
					.form("title", "Matrix indicator")
					.form("baseline", "0")
					.form("periodStart", "2025-01-01")
					.form("periodEnd", "2025-12-31")
					.form("target", "10"), 302, 302),
				page(RouteCase.get("/activities/{id}/indicators/{indicator}/periods/new")
					.uri("/activities/" + edited + "/indicators/" + indicator + "/periods/new"), 200, 200),
				page(RouteCase.post("/activities/{id}/indicators/{indicator}/periods/new")
					.uri("/activities/" + edited + "/indicators/" + indicator + "/periods/new")
					.form("periodStart", "2025-01-01")
					.form("periodEnd", "2025-12-31")
					.form("actual", "12"), 302, 302),
				page(RouteCase.get("/activities/{id}/reports/new").uri("/activities/" + edited + "/reports/new"), 200, 200)
					.expect(200, FOCAL_POINT_GTM),
				page(RouteCase.post("/activities/{id}/reports/new")
					.uri("/activities/" + edited + "/reports/new")
					.form("periodStart", "2025-01-01")
					.form("periodEnd", "2025-06-30")
					.form("narrative", "Matrix report")
					.form("percentComplete", "10"), 302, 302).expect(302, FOCAL_POINT_GTM),

				RouteCase.get("/reports").all(403).expect(RouteCase.LOGIN, ANONYMOUS).expect(200, SECRETARIAT_RCM,
						SECRETARIAT_OCAM, ADMIN),
				RouteCase.post("/reports/{id}/approve")
					.uri("/reports/" + approved + "/approve")
					.all(403)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(302, ADMIN),
				RouteCase.post("/reports/{id}/return")
					.uri("/reports/" + returned + "/return")
					.form("comment", "Please add figures")
					.all(403)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(302, ADMIN),

				RouteCase.get("/admin/exchange-rates").all(403).expect(RouteCase.LOGIN, ANONYMOUS).expect(200, ADMIN),
				RouteCase.post("/admin/exchange-rates")
					.form("currency", "EUR")
					.form("validFrom", "2090-01-01")
					.form("usd", "1.2")
					.all(403)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(302, ADMIN),

				RouteCase.post("/api/v1/activities").json("""
						{"identifier": "MTX-API-NEW", "title": {"en": "Created through the API by the matrix"},
						 "originalLanguage": "en", "status": 1, "participants": [{"organization": "IOM", "role": 4}],
						 "countries": [{"iso3": "HND"}], "currency": "USD"}""").all(403).expect(401, ANONYMOUS).expect(201, PARTNER_IOM)
					.expect(400, ADMIN),
				RouteCase.put("/api/v1/activities/{id}").uri("/api/v1/activities/" + api).json("""
						{"identifier": "MTX-API", "title": {"es": "Actividad de la matriz por la API"},
						 "originalLanguage": "es", "status": 2, "participants": [{"organization": "IOM", "role": 4}],
						 "countries": [{"iso3": "GTM"}], "currency": "USD", "version": 0}""").all(403)
					.expect(401, ANONYMOUS)
					.expect(200, PARTNER_IOM)
					.expect(409, ADMIN),

				page(RouteCase.get("/activities/import"), 200, 200),
				page(RouteCase.post("/activities/import").file("file", "matrix.csv", IMPORT_CSV), 302, 302),
				RouteCase.get("/activities/import/{id}")
					.uri("/activities/import/" + job)
					.all(404)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(200, PARTNER_IOM, ADMIN),
				RouteCase.post("/activities/import/{id}/confirm")
					.uri("/activities/import/" + job + "/confirm")
					.all(404)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(302, PARTNER_IOM, ADMIN),
				RouteCase.get("/activities/import/template.xlsx").all(200),
				RouteCase.get("/activities/import/template.csv").all(200),
				RouteCase.post("/api/v1/activities/import")
					.uri("/api/v1/activities/import?dryRun=true")
					.file("file", "matrix.csv", API_IMPORT_CSV)
					.all(403)
					.expect(401, ANONYMOUS)
					.expect(200, PARTNER_IOM, ADMIN));
	}

	/** One activity of IOM's in Guatemala, as an import sheet. */
	static final byte[] IMPORT_CSV = """
			identifier,title,language,status,countries,implementing_orgs,currency
			MTX-IMPORT,Actividad importada por la matriz,es,1,GTM,IOM,USD
			""".getBytes(StandardCharsets.UTF_8);

	/**
	 * The same for the API, under another identifier: the confirmed job above imports in the
	 * background, and two imports of one new identifier at once would race for it.
	 */
	static final byte[] API_IMPORT_CSV = new String(IMPORT_CSV, StandardCharsets.UTF_8)
		.replace("MTX-IMPORT", "MTX-IMPORT-API")
		.getBytes(StandardCharsets.UTF_8);

	/** A validated upload of IOM's partner, ready to confirm: its owner and admins may see it, no one else. */
	static long importJob(Fixtures fixtures) {
		return fixtures.id("""
				insert into activity_import_job (owner, file_name, bytes, content, status, total_rows, done_rows, report)
				values ('demo.partner.iom', 'matrix.csv', ?, ?, 'VALIDATED', 1, 1,
				  '{"valid":true,"created":1,"updated":0,"lines":[],"errors":[],"notices":[]}') returning id""",
				IMPORT_CSV.length, IMPORT_CSV);
	}

	/** A signed-in page of IOM's activities: visitors sign in, IOM's partner and admins may, others 403. */
	private static RouteCase page(RouteCase route, int forPartner, int forAdmin) {
		return route.all(403).expect(RouteCase.LOGIN, ANONYMOUS).expect(forPartner, PARTNER_IOM).expect(forAdmin, ADMIN);
	}

	static long activity(Fixtures fixtures, String identifier, long organization) {
		long id = fixtures.id("""
				insert into activity (identifier, title_es, original_language, status, currency)
				values (?, 'Actividad de la matriz', 'es', 1, 'USD')
				on conflict (identifier) do update set identifier = excluded.identifier returning id""", identifier);
		fixtures.jdbc()
			.sql("insert into activity_participant (activity_id, organization_id, role) values (?, ?, 4) on conflict do nothing")
			.params(id, organization)
			.update();
		fixtures.jdbc()
			.sql("insert into activity_country (activity_id, country_iso3, percentage) values (?, 'GTM', 100) on conflict do nothing")
			.param(id)
			.update();
		return id;
	}

	static long report(Fixtures fixtures, long activity) {
		return fixtures.id("""
				insert into progress_report (activity_id, period_start, period_end, narrative, percent_complete, status,
				  author, submitted_at) values (?, date '2024-01-01', date '2024-06-30', 'Matrix', 20, 'SUBMITTED',
				  'demo.partner.iom', now()) returning id""", activity);
	}

}
