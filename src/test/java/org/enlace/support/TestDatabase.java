package org.enlace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests run against, one per test JVM. With {@code ENLACE_TEST_DATABASE_URL}
 * set (a JDBC URL of a server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user from
 * {@code ENLACE_TEST_DATABASE_USER}, default {@code postgres}), a fresh database is created on that
 * server and dropped when the JVM ends; otherwise an embedded PostgreSQL 17 starts in a temporary
 * folder.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			String server = System.getenv("ENLACE_TEST_DATABASE_URL");
			instance = server == null || server.isBlank() ? embedded() : onServer(server);
		}
		return instance;
	}

	public String url() {
		return url;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	private static TestDatabase embedded() {
		try {
			Path dir = Files.createTempDirectory("enlace-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					afterSpringHasClosed();
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is ending; the temporary folder goes with it
				}
			}));
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static TestDatabase onServer(String serverUrl) {
		String user = envOr("ENLACE_TEST_DATABASE_USER", "postgres");
		String password = envOr("ENLACE_TEST_DATABASE_PASSWORD", "");
		String database = "enlace_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(serverUrl, user, password, "create database " + database);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			afterSpringHasClosed();
			execute(serverUrl, user, password, "drop database if exists " + database + " with (force)");
		}));
		int slash = serverUrl.lastIndexOf('/');
		int query = serverUrl.indexOf('?', slash);
		String url = serverUrl.substring(0, slash + 1) + database + (query < 0 ? "" : serverUrl.substring(query));
		return new TestDatabase(url, user, password);
	}

	/**
	 * Shutdown hooks run in parallel; stopping the database under a still-closing Spring context
	 * makes its connection pool retry for half a minute. Wait for Spring's hook first.
	 */
	private static void afterSpringHasClosed() {
		Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(t -> t.getName().equals("SpringApplicationShutdownHook"))
			.forEach(t -> {
				try {
					t.join(20_000);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("test database: " + sql, e);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
