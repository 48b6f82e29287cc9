package org.enlace.interop;

import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;

/** Exports are public but filtered: everyone may download, only signed-in users get contact details. */
public class InteropRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		long contact = fixtures.id("select min(id) from contact where demo");
		return List.of(RouteCase.get("/directory/export.csv").uri("/directory/export.csv?country=GTM").all(200),
				RouteCase.get("/directory/export.xlsx").uri("/directory/export.xlsx?country=HND").all(200),
				RouteCase.get("/contacts/{id}/vcard").uri("/contacts/" + contact + "/vcard").all(200));
	}
}
