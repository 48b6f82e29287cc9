package org.enlace.support;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpMethod;

/**
 * One route of the authorization matrix: the mapping it covers, an example request, and the status
 * each {@link Who} must get. {@link #LOGIN} stands for "redirected to the sign-in page".
 */
public final class RouteCase {

	/** Expected outcome: a redirect to {@code /login}. */
	public static final int LOGIN = -302;

	private final HttpMethod method;

	private final String pattern;

	private String uri;

	private final Map<String, String> form = new LinkedHashMap<>();

	private String json;

	private Upload upload;

	private final Map<Who, Integer> expected = new EnumMap<>(Who.class);

	private RouteCase(HttpMethod method, String pattern) {
		this.method = method;
		this.pattern = pattern;
		this.uri = pattern;
	}

	public static RouteCase get(String pattern) {
		return new RouteCase(HttpMethod.GET, pattern);
	}

	public static RouteCase post(String pattern) {
		return new RouteCase(HttpMethod.POST, pattern);
	}

	public static RouteCase put(String pattern) {
		return new RouteCase(HttpMethod.PUT, pattern);
	}

	public static RouteCase delete(String pattern) {
		return new RouteCase(HttpMethod.DELETE, pattern);
	}

	/** The concrete request, when the pattern has variables. */
	public RouteCase uri(String uri) {
		this.uri = uri;
		return this;
	}

	public RouteCase form(String name, String value) {
		form.put(name, value);
		return this;
	}

	public RouteCase json(String body) {
		this.json = body;
		return this;
	}

	/** Sends the request as multipart/form-data with this file; form fields go along as parameters. */
	public RouteCase file(String part, String fileName, byte[] content) {
		this.upload = new Upload(part, fileName, content.clone());
		return this;
	}

	/** Everyone gets this status, unless told otherwise after. */
	public RouteCase all(int status) {
		for (Who who : Who.values()) {
			expected.put(who, status);
		}
		return this;
	}

	public RouteCase expect(int status, Who... whos) {
		for (Who who : whos) {
			expected.put(who, status);
		}
		return this;
	}

	public HttpMethod method() {
		return method;
	}

	public String pattern() {
		return pattern;
	}

	public String uri() {
		return uri;
	}

	public Map<String, String> form() {
		return form;
	}

	public String json() {
		return json;
	}

	/** The file to upload, or null for a plain request. */
	public Upload upload() {
		return upload;
	}

	public Map<Who, Integer> expected() {
		return expected;
	}

	public String key() {
		return method + " " + pattern;
	}

	/** A denial must leave the database as it was. */
	public static boolean isDenial(int status) {
		return status == LOGIN || status == 401 || status == 403 || status == 404 || status == 405;
	}

	/** A file sent in a multipart request. */
	public record Upload(String part, String fileName, byte[] content) {
	}

	@Override
	public String toString() {
		return method + " " + uri;
	}
}
