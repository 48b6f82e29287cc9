package org.enlace.directory.api;

import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;

/** The directory API is public reading: everyone gets 200, contact details only with a token. */
public class DirectoryApiRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		long iom = fixtures.id("select id from organization where acronym = 'IOM' and merged_into_id is null");
		long contact = fixtures.id("select min(id) from contact where demo");
		long position = fixtures.id("select min(id) from position");
		return List.of(RouteCase.get("/api/v1/organizations").uri("/api/v1/organizations?q=migracion&size=5").all(200),
				RouteCase.get("/api/v1/organizations/{id}").uri("/api/v1/organizations/" + iom).all(200),
				RouteCase.get("/api/v1/contacts").uri("/api/v1/contacts?country=GTM").all(200),
				RouteCase.get("/api/v1/contacts/{id}").uri("/api/v1/contacts/" + contact).all(200),
				RouteCase.get("/api/v1/positions").uri("/api/v1/positions?mechanism=RCM").all(200),
				RouteCase.get("/api/v1/positions/{id}").uri("/api/v1/positions/" + position).all(200));
	}
}
