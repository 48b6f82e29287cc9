package org.enlace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at the {@link TestDatabase} and a temporary data folder. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase db = TestDatabase.get();
		try {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("enlace-test-database",
						Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
								"spring.datasource.password", db.password(), "enlace.data-dir",
								Files.createTempDirectory("enlace-test-data").toString())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
