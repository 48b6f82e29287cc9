package org.enlace.platform;

import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;

public class PlatformRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		return List.of(RouteCase.get("/login").all(200),
				RouteCase.post("/language").form("lang", "en").form("returnTo", "/mechanisms").all(302));
	}
}
