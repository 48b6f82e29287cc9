package org.enlace.interop;

import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;

/**
 * Exports are public but filtered: everyone may download; only signed-in users get contact details
 * and the codes of members-only measures.
 */
public class InteropRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		long contact = fixtures.id("select min(id) from contact where demo");
		return List.of(RouteCase.get("/directory/export.csv").uri("/directory/export.csv?country=GTM").all(200),
				RouteCase.get("/directory/export.xlsx").uri("/directory/export.xlsx?country=HND").all(200),
				RouteCase.get("/contacts/{id}/vcard").uri("/contacts/" + contact + "/vcard").all(200),
				RouteCase.get("/api/v1/export/activities.csv").uri("/api/v1/export/activities.csv?country=GTM").all(200),
				RouteCase.get("/api/v1/export/activities.xlsx").uri("/api/v1/export/activities.xlsx?status=2").all(200),
				RouteCase.get("/api/v1/export/iati-activities.xml").uri("/api/v1/export/iati-activities.xml?objective=23")
					.all(200));
	}
}
