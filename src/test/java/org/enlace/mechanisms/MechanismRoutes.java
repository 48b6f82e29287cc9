package org.enlace.mechanisms;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;
import org.enlace.support.Who;

import static org.enlace.support.Who.ADMIN;
import static org.enlace.support.Who.ANONYMOUS;
import static org.enlace.support.Who.SECRETARIAT_OCAM;
import static org.enlace.support.Who.SECRETARIAT_RCM;

/**
 * The mechanism pages and API. Keeping routes are tried on a mechanism with a secretariat account
 * (RCM or OCAM: its secretariat and admins may, the other secretariat may not) or on CORETT, which
 * only admins keep. Edits send the values already stored, so both allowed keepers succeed without
 * changing anything; the second creation of the same thing is refused as a duplicate or overlap
 * (200, the form again) because the first keeper's creation ran before it.
 */
public class MechanismRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		var jdbc = fixtures.jdbc();
		Map<String, Object> ocam = jdbc.sql("select * from mechanism where code = 'OCAM'").query().singleRow();
		Map<String, Object> vmm = jdbc.sql("""
				select b.* from mechanism_body b join mechanism m on m.id = b.mechanism_id
				where m.code = 'RCM' and b.code = 'VMM'""").query().singleRow();
		Map<String, Object> gtm = jdbc.sql("""
				select ms.* from mechanism_membership ms join mechanism m on m.id = ms.mechanism_id
				where m.code = 'RCM' and ms.country_iso3 = 'GTM' order by ms.id limit 1""").query().singleRow();
		// Removals are tried on parts of CORETT made for the purpose, so nothing real disappears.
		jdbc.sql("""
				insert into mechanism_body (mechanism_id, code, name_en, kind)
				select id, 'MTX-DEL', 'Body to remove (authorization matrix)', 'ad hoc group' from mechanism
				where code = 'CORETT' on conflict do nothing""").update();
		long presidency = fixtures.id("""
				insert into mechanism_presidency (mechanism_id, country_iso3, starts_on, ends_on)
				select id, 'CRI', date '2095-01-01', date '2095-06-30' from mechanism where code = 'CORETT'
				returning id""");

		return List.of(RouteCase.get("/mechanisms").all(200),
				RouteCase.get("/mechanisms/{code}").uri("/mechanisms/RCM").all(200),
				RouteCase.get("/api/v1/mechanisms").all(200),
				RouteCase.get("/api/v1/mechanisms/{code}").uri("/api/v1/mechanisms/OCAM").all(200),
				RouteCase.get("/api/v1/countries").all(200),
				RouteCase.get("/api/v1/countries/{iso3}").uri("/api/v1/countries/GTM").all(200),

				keptBy(RouteCase.get("/mechanisms/{code}/edit").uri("/mechanisms/OCAM/edit"), SECRETARIAT_OCAM, 200,
						200),
				keptBy(RouteCase.post("/mechanisms/{code}/edit")
					.uri("/mechanisms/OCAM/edit")
					.form("nameEs", text(ocam.get("name_es")))
					.form("nameEn", text(ocam.get("name_en")))
					.form("nameFr", text(ocam.get("name_fr")))
					.form("acronymEs", text(ocam.get("acronym_es")))
					.form("acronymEn", text(ocam.get("acronym_en")))
					.form("acronymFr", text(ocam.get("acronym_fr")))
					.form("kind", text(ocam.get("kind")))
					.form("established", text(ocam.get("established")))
					.form("secretariat", text(ocam.get("secretariat")))
					.form("presidencyRotation", text(ocam.get("presidency_rotation")))
					.form("notes", text(ocam.get("notes")))
					.form("version", text(ocam.get("version"))), SECRETARIAT_OCAM, 302, 302),

				keptBy(RouteCase.get("/mechanisms/{code}/bodies/new").uri("/mechanisms/RCM/bodies/new"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/mechanisms/{code}/bodies/new")
					.uri("/mechanisms/RCM/bodies/new")
					.form("code", "MTX-NEW")
					.form("nameEn", "Body added by the authorization matrix")
					.form("kind", "AD_HOC_GROUP"), SECRETARIAT_RCM, 302, 200),
				keptBy(RouteCase.get("/mechanisms/{code}/bodies/{bodyCode}/edit").uri("/mechanisms/RCM/bodies/VMM/edit"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/mechanisms/{code}/bodies/{bodyCode}/edit")
					.uri("/mechanisms/RCM/bodies/VMM/edit")
					.form("code", "VMM")
					.form("nameEs", text(vmm.get("name_es")))
					.form("nameEn", text(vmm.get("name_en")))
					.form("nameFr", text(vmm.get("name_fr")))
					.form("kind", BodyKind.of(text(vmm.get("kind"))).name())
					.form("notes", text(vmm.get("notes")))
					.form("version", text(vmm.get("version"))), SECRETARIAT_RCM, 302, 302),
				keptBy(RouteCase.post("/mechanisms/{code}/bodies/{bodyCode}/delete")
					.uri("/mechanisms/CORETT/bodies/MTX-DEL/delete"), null, 0, 302),

				keptBy(RouteCase.get("/mechanisms/{code}/memberships/new").uri("/mechanisms/RCM/memberships/new"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/mechanisms/{code}/memberships/new")
					.uri("/mechanisms/RCM/memberships/new")
					.form("countryIso3", "HTI")
					.form("status", "OBSERVER")
					.form("since", "2090-01-01")
					.form("until", "2090-12-31"), SECRETARIAT_RCM, 302, 200),
				keptBy(RouteCase.get("/mechanisms/{code}/memberships/{id}/edit")
					.uri("/mechanisms/RCM/memberships/" + gtm.get("id") + "/edit"), SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/mechanisms/{code}/memberships/{id}/edit")
					.uri("/mechanisms/RCM/memberships/" + gtm.get("id") + "/edit")
					.form("countryIso3", "GTM")
					.form("status", text(gtm.get("status")))
					.form("since", text(gtm.get("since")))
					.form("until", text(gtm.get("until")))
					.form("version", text(gtm.get("version"))), SECRETARIAT_RCM, 302, 302),

				keptBy(RouteCase.get("/mechanisms/{code}/presidencies/new").uri("/mechanisms/RCM/presidencies/new"),
						SECRETARIAT_RCM, 200, 200),
				keptBy(RouteCase.post("/mechanisms/{code}/presidencies/new")
					.uri("/mechanisms/RCM/presidencies/new")
					.form("countryIso3", "HND")
					.form("startsOn", "2091-01-01")
					.form("endsOn", "2091-12-31"), SECRETARIAT_RCM, 302, 200),
				keptBy(RouteCase.post("/mechanisms/{code}/presidencies/{id}/delete")
					.uri("/mechanisms/CORETT/presidencies/" + presidency + "/delete"), null, 0, 302));
	}

	/**
	 * A keeping route: visitors are sent to sign in, the keeping secretariat (if any) and admins get
	 * what is given, everyone else 403.
	 */
	private static RouteCase keptBy(RouteCase route, Who secretariat, int forSecretariat, int forAdmin) {
		route.all(403).expect(RouteCase.LOGIN, ANONYMOUS).expect(forAdmin, ADMIN);
		if (secretariat != null) {
			route.expect(forSecretariat, secretariat);
		}
		return route;
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}
}
