package org.enlace.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.enlace.shared.Folding;
import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;
import org.enlace.support.Who;

import static org.enlace.support.Who.ADMIN;
import static org.enlace.support.Who.ANONYMOUS;
import static org.enlace.support.Who.FOCAL_POINT_GTM;
import static org.enlace.support.Who.FOCAL_POINT_HND;
import static org.enlace.support.Who.SECRETARIAT_OCAM;
import static org.enlace.support.Who.SECRETARIAT_RCM;

/**
 * The directory's pages. Changes are tried on entries made for the purpose: a Guatemalan
 * organisation (its focal point and admins may edit it, the Honduran one may not), a Guatemalan
 * RCM seat (also the RCM secretariat's), and two regional organisations to merge (admins only).
 * Edits send the stored values, so every allowed editor succeeds without changing anything; the
 * second creation of the same organisation is held back as a likely duplicate (200, the form
 * again), and the second hand-over on the same date is refused as too early (200).
 */
public class DirectoryRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		var jdbc = fixtures.jdbc();
		long organization = organization(fixtures, "Institución de la matriz de autorización", "GTM");
		long source = organization(fixtures, "Matrix regional duplicate", null);
		long target = organization(fixtures, "Matrix regional original", null);
		String orgName = "Institución de la matriz de autorización";
		long contact = fixtures.id("""
				insert into contact (given_name, family_name, job_title, organization_id, email, languages, demo,
				  last_verified, search_text, created_at)
				values ('Matriz', 'Autorización', 'Enlace', ?, 'matriz@example.org', 'es', true, current_date, ?, now())
				returning id""", organization, indexed(jdbc, "GTM", "Matriz", "Autorización", "Enlace", orgName));
		long position = fixtures.id("""
				insert into position (title, organization_id, country_iso3, mechanism_code, focal_point, last_verified,
				  search_text, created_at)
				values ('Matrix seat — Guatemala', ?, 'GTM', 'RCM', false, current_date, ?, now())
				returning id""", organization, indexed(jdbc, "GTM", "Matrix seat — Guatemala", "RCM", orgName));
		Map<String, Object> o = jdbc.sql("select * from organization where id = ?").params(organization).query()
			.singleRow();
		Map<String, Object> c = jdbc.sql("select * from contact where id = ?").params(contact).query().singleRow();
		Map<String, Object> p = jdbc.sql("select * from position where id = ?").params(position).query().singleRow();
		long expires = Instant.now().plusSeconds(3600).getEpochSecond();
		String verify = SignedLinks.path(jdbc, "contact", contact, expires);

		return List.of(RouteCase.get("/directory").uri("/directory?q=migracion+guatemala&country=GTM").all(200),
				RouteCase.get("/countries").all(200),
				RouteCase.get("/countries/{iso3}").uri("/countries/GTM").all(200),
				RouteCase.get("/organizations/{id}").uri("/organizations/" + organization).all(200),
				RouteCase.get("/contacts/{id}").uri("/contacts/" + contact).all(200),
				RouteCase.get("/positions/{id}").uri("/positions/" + position).all(200),
				RouteCase.get("/verify/{type}/{id}").uri(verify).all(200),
				RouteCase.post("/verify/{type}/{id}").uri(verify).all(200),

				creating(RouteCase.get("/organizations/new"), 200, 200, 403),
				creating(RouteCase.post("/organizations/new")
					.form("name", "Organización creada por la matriz")
					.form("kind", "GOVERNMENT")
					.form("countryIso3", "GTM"), 302, 200, 403).expect(403, FOCAL_POINT_HND),
				editing(RouteCase.get("/organizations/{id}/edit").uri("/organizations/" + organization + "/edit"), 200,
						false),
				editing(RouteCase.post("/organizations/{id}/edit")
					.uri("/organizations/" + organization + "/edit")
					.form("name", text(o.get("name")))
					.form("kind", text(o.get("kind")))
					.form("countryIso3", "GTM")
					.form("saveAnyway", "true")
					.form("version", text(o.get("version"))), 302, false),
				editing(RouteCase.get("/organizations/{id}/merge").uri("/organizations/" + organization + "/merge"), 200,
						false),
				RouteCase.post("/organizations/{id}/merge")
					.uri("/organizations/" + source + "/merge")
					.form("target", String.valueOf(target))
					.all(403)
					.expect(RouteCase.LOGIN, ANONYMOUS)
					.expect(302, ADMIN),

				creating(RouteCase.get("/contacts/new"), 200, 200, 403),
				creating(RouteCase.post("/contacts/new")
					.form("givenName", "Persona")
					.form("familyName", "De la matriz")
					.form("organizationId", String.valueOf(organization)), 302, 302, 403)
					.expect(403, FOCAL_POINT_HND),
				editing(RouteCase.get("/contacts/{id}/edit").uri("/contacts/" + contact + "/edit"), 200, false),
				editing(RouteCase.post("/contacts/{id}/edit")
					.uri("/contacts/" + contact + "/edit")
					.form("givenName", text(c.get("given_name")))
					.form("familyName", text(c.get("family_name")))
					.form("jobTitle", text(c.get("job_title")))
					.form("organizationId", String.valueOf(organization))
					.form("email", text(c.get("email")))
					.form("languages", text(c.get("languages")))
					.form("version", text(c.get("version"))), 302, false),
				editing(RouteCase.post("/contacts/{id}/confirmation-request")
					.uri("/contacts/" + contact + "/confirmation-request"), 302, false),

				creating(RouteCase.get("/positions/new"), 200, 200, 200),
				creating(RouteCase.post("/positions/new")
					.form("title", "Puesto creado por la matriz")
					.form("countryIso3", "GTM")
					.form("mechanismCode", "RCM"), 302, 302, 302)
					.expect(403, FOCAL_POINT_HND, SECRETARIAT_OCAM),
				editing(RouteCase.get("/positions/{id}/edit").uri("/positions/" + position + "/edit"), 200, true),
				editing(RouteCase.post("/positions/{id}/edit")
					.uri("/positions/" + position + "/edit")
					.form("title", text(p.get("title")))
					.form("organizationId", String.valueOf(organization))
					.form("countryIso3", "GTM")
					.form("mechanismCode", "RCM")
					.form("version", text(p.get("version"))), 302, true),
				editing(RouteCase.post("/positions/{id}/confirmation-request")
					.uri("/positions/" + position + "/confirmation-request"), 302, true),
				editing(RouteCase.get("/positions/{id}/holder").uri("/positions/" + position + "/holder"), 200, true),
				editing(RouteCase.post("/positions/{id}/holder")
					.uri("/positions/" + position + "/holder")
					.form("contactId", String.valueOf(contact))
					.form("from", "2090-01-01"), 302, true)
					.expect(200, SECRETARIAT_RCM, ADMIN));
	}

	/**
	 * A creation route: visitors sign in; focal points, admins and (for positions) secretariats get
	 * what is given; members and partners 403.
	 */
	private static RouteCase creating(RouteCase route, int forFocalPoint, int forAdmin, int forSecretariat) {
		return route.all(403)
			.expect(RouteCase.LOGIN, ANONYMOUS)
			.expect(forFocalPoint, FOCAL_POINT_GTM, FOCAL_POINT_HND)
			.expect(forSecretariat, SECRETARIAT_RCM, SECRETARIAT_OCAM)
			.expect(forAdmin, ADMIN);
	}

	/**
	 * A route on a Guatemalan entry: its focal point and admins (and for an RCM seat the RCM
	 * secretariat) get what is given, other signed-in people 403, visitors sign in.
	 */
	private static RouteCase editing(RouteCase route, int allowed, boolean rcmSeat) {
		route.all(403).expect(RouteCase.LOGIN, ANONYMOUS).expect(allowed, FOCAL_POINT_GTM, ADMIN);
		if (rcmSeat) {
			route.expect(allowed, SECRETARIAT_RCM);
		}
		return route;
	}

	private static long organization(Fixtures fixtures, String name, String country) {
		return fixtures.id("""
				insert into organization (name, kind, country_iso3, last_verified, search_text, created_at)
				values (?, 'GOVERNMENT', ?, current_date, ?, now()) returning id""", name, country,
				indexed(fixtures.jdbc(), country, name));
	}

	/**
	 * The search text the platform would store (words, then the country's code and names), so that
	 * saving an entry unchanged really changes nothing.
	 */
	private static String indexed(org.springframework.jdbc.core.simple.JdbcClient jdbc, String country,
			String... words) {
		StringBuilder text = new StringBuilder(String.join(" ", words));
		if (country != null) {
			jdbc.sql("select iso3, name_es, name_en, name_fr from country where iso3 = ?").params(country).query(rs -> {
				for (int i = 1; i <= 4; i++) {
					text.append(' ').append(rs.getString(i));
				}
			});
		}
		return Folding.fold(text.toString());
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}
}
