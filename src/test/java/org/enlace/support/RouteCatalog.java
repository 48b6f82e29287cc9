package org.enlace.support;

import java.util.List;

/**
 * A module's contribution to the authorization matrix: a case for each of its routes. The matrix
 * test finds every implementation under {@code org.enlace} (it needs a public no-argument
 * constructor) and fails on any route of ours without a case.
 */
public interface RouteCatalog {

	List<RouteCase> routes(Fixtures fixtures);
}
