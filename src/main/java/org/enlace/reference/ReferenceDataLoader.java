package org.enlace.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries the reference lists shipped in {@code classpath:reference/} into the database. Rows
 * already there are updated, so a release can correct a name.
 */
@Component
class ReferenceDataLoader {

	private final JdbcClient jdbc;

	ReferenceDataLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void load() {
		for (CSVRecord r : read("reference/countries.csv")) {
			jdbc.sql("""
					insert into country (iso3, iso2, name_es, name_en, name_fr, region) values (?, ?, ?, ?, ?, ?)
					on conflict (iso3) do update set iso2 = excluded.iso2, name_es = excluded.name_es,
					  name_en = excluded.name_en, name_fr = excluded.name_fr, region = excluded.region""")
				.params(r.get("iso3"), r.get("iso2"), r.get("name_es"), r.get("name_en"), r.get("name_fr"),
						r.get("region"))
				.update();
		}
		for (CSVRecord r : read("reference/gcm-objectives.csv")) {
			jdbc.sql("""
					insert into gcm_objective (number, short_es, short_en, short_fr, title_en) values (?, ?, ?, ?, ?)
					on conflict (number) do update set short_es = excluded.short_es, short_en = excluded.short_en,
					  short_fr = excluded.short_fr, title_en = excluded.title_en""")
				.params(Integer.parseInt(r.get("number")), r.get("short_es"), r.get("short_en"), r.get("short_fr"),
						r.get("title_en"))
				.update();
		}
		for (CSVRecord r : read("reference/sdg-targets.csv")) {
			jdbc.sql("""
					insert into sdg_target (code, short_es, short_en, short_fr) values (?, ?, ?, ?)
					on conflict (code) do update set short_es = excluded.short_es, short_en = excluded.short_en,
					  short_fr = excluded.short_fr""")
				.params(r.get("target"), r.get("short_es"), r.get("short_en"), r.get("short_fr"))
				.update();
		}
	}

	private static Iterable<CSVRecord> read(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
