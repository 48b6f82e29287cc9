package org.enlace.mechanisms;

import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;

public class MechanismRoutes implements RouteCatalog {

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		return List.of(RouteCase.get("/mechanisms").all(200),
				RouteCase.get("/mechanisms/{code}").uri("/mechanisms/RCM").all(200),
				RouteCase.get("/api/v1/mechanisms").all(200),
				RouteCase.get("/api/v1/mechanisms/{code}").uri("/api/v1/mechanisms/OCAM").all(200));
	}
}
