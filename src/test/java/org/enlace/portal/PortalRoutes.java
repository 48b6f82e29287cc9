package org.enlace.portal;

import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;

public class PortalRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		return List.of(RouteCase.get("/").all(200));
	}
}
