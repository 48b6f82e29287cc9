package org.enlace.accounts;

import java.util.List;

import org.enlace.support.Fixtures;
import org.enlace.support.RouteCase;
import org.enlace.support.RouteCatalog;
import org.enlace.support.Who;

import static org.enlace.support.RouteCase.LOGIN;

/**
 * The accounts' routes. Profile changes use refused input (nothing to undo for the demo accounts);
 * administrative changes target an account made for the matrix.
 */
public class AccountRoutes implements RouteCatalog {

	private static final Who[] NOT_ADMIN = { Who.MEMBER, Who.FOCAL_POINT_GTM, Who.FOCAL_POINT_HND,
			Who.SECRETARIAT_RCM, Who.SECRETARIAT_OCAM, Who.PARTNER_IOM };

	@Override
	public List<RouteCase> routes(Fixtures fixtures) {
		long target = matrixAccount(fixtures);
		long adminToken = fixtures.id("""
				insert into api_token (account_id, name, token_hash, created_at)
				select id, 'matrix-revoke', encode(sha256(gen_random_uuid()::text::bytea), 'hex'), now()
				from account where username = 'demo.admin' returning id""");
		String edit = "/admin/accounts/" + target;
		return List.of(
				// one's own profile: signed-in only
				RouteCase.get("/account").all(200).expect(LOGIN, Who.ANONYMOUS),
				RouteCase.post("/account/name").form("displayName", " ").all(200).expect(LOGIN, Who.ANONYMOUS),
				RouteCase.post("/account/language").form("language", "xx").all(200).expect(LOGIN, Who.ANONYMOUS),
				RouteCase.post("/account/password")
					.form("currentPassword", "not-the-password")
					.form("password", "a new password of some length")
					.form("confirmation", "a new password of some length")
					.all(200)
					.expect(LOGIN, Who.ANONYMOUS),
				RouteCase.post("/account/tokens").form("name", "matrix-created").all(302).expect(LOGIN, Who.ANONYMOUS),
				// a token of demo.admin: another person's token is not found
				RouteCase.post("/account/tokens/{id}/revoke")
					.uri("/account/tokens/" + adminToken + "/revoke")
					.all(404)
					.expect(LOGIN, Who.ANONYMOUS)
					.expect(302, Who.ADMIN),
				// e-mailed links: open to everyone, a bad link is not found
				RouteCase.get("/password/forgot").all(200),
				RouteCase.post("/password/forgot").form("identifier", "nobody.in.the.matrix").all(302),
				RouteCase.get("/password/reset").uri("/password/reset?token=not-a-token").all(404),
				RouteCase.post("/password/reset")
					.form("token", "not-a-token")
					.form("password", "a new password of some length")
					.form("confirmation", "a new password of some length")
					.all(404),
				RouteCase.get("/invitations/accept").uri("/invitations/accept?token=not-a-token").all(404),
				RouteCase.post("/invitations/accept")
					.form("token", "not-a-token")
					.form("password", "a new password of some length")
					.form("confirmation", "a new password of some length")
					.all(404),
				// administration: administrators only
				admin(RouteCase.get("/admin/accounts"), 200),
				admin(RouteCase.get("/admin/accounts/new"), 200),
				admin(RouteCase.post("/admin/accounts")
					.form("username", "matrix.invitee")
					.form("displayName", "Matrix invitee")
					.form("email", "matrix.invitee@example.org")
					.form("language", "en")
					.form("grants[0].role", "FOCAL_POINT")
					.form("grants[0].scope", "GTM"), 302),
				admin(RouteCase.get("/admin/accounts/{id}/edit").uri(edit + "/edit"), 200),
				admin(RouteCase.post("/admin/accounts/{id}")
					.uri(edit)
					.form("version", "0")
					.form("enabled", "true")
					.form("grants[0].role", "SECRETARIAT")
					.form("grants[0].scope", "OCAM"), 302),
				admin(RouteCase.post("/admin/accounts/{id}/invitation").uri(edit + "/invitation"), 302));
	}

	private static RouteCase admin(RouteCase route, int status) {
		return route.expect(LOGIN, Who.ANONYMOUS).expect(403, NOT_ADMIN).expect(status, Who.ADMIN);
	}

	/** An invited account (no password yet) for the administrative cases to change. */
	private static long matrixAccount(Fixtures fixtures) {
		fixtures.jdbc()
			.sql("""
					insert into account (username, email, display_name, language, created_at)
					values ('matrix.target', 'matrix.target@example.org', 'Matrix target', 'en', now())
					on conflict do nothing""")
			.update();
		return fixtures.id("select id from account where username = 'matrix.target'");
	}
}
