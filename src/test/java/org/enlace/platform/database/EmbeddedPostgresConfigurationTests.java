package org.enlace.platform.database;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.enlace.platform.EnlaceProperties;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresConfigurationTests {

	@Test
	void dataSurvivesARestart() throws Exception {
		Path dataDir = Files.createTempDirectory("enlace-embedded");
		EnlaceProperties properties = new EnlaceProperties(dataDir, false, null, null, URI.create("http://localhost"),
				"x@localhost", Period.ofMonths(12), Duration.ofDays(7), Duration.ofHours(2));
		var configuration = new EmbeddedPostgresConfiguration();

		try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
			DataSource ds = configuration.dataSource(first);
			JdbcClient jdbc = JdbcClient.create(ds);
			assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
			jdbc.sql("create table kept (v text)").update();
			jdbc.sql("insert into kept values ('still here')").update();
			((HikariDataSource) ds).close();
		}
		assertThat(dataDir.resolve("pg/PG_VERSION")).exists();

		try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
			DataSource ds = configuration.dataSource(second);
			assertThat(JdbcClient.create(ds).sql("select v from kept").query(String.class).single())
				.isEqualTo("still here");
			((HikariDataSource) ds).close();
		}
	}
}
