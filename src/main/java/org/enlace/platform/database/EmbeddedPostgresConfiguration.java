package org.enlace.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.enlace.platform.EnlaceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a private PostgreSQL 17 when no database is configured, so the platform runs with nothing
 * installed. Its data lives under {@code <dataDir>/pg} and survives restarts. Setting
 * {@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL}) switches this off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EnlaceProperties properties) throws IOException {
		Path dir = properties.dataDir().resolve("pg").toAbsolutePath();
		Files.createDirectories(dir);
		StalePostmaster.stopIfRunning(dir);
		log.info("No database configured: starting embedded PostgreSQL with data in {}", dir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "50")
			.setPGStartupWait(java.time.Duration.ofSeconds(60))
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setPoolName("enlace-embedded");
		return dataSource;
	}
}
