package org.enlace.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enlace.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reference data facade. The lists are small and change only with a release, so they are read
 * once and kept in memory.
 */
@Service
public class ReferenceData {

	private final Map<String, Country> countries;

	private final List<GcmObjective> objectives;

	private final List<SdgTarget> sdgTargets;

	ReferenceData(JdbcClient jdbc, ReferenceDataLoader loader) {
		loader.load();
		this.countries = jdbc.sql("select iso3, iso2, name_es, name_en, name_fr, region from country")
			.query((rs, i) -> new Country(rs.getString(1), rs.getString(2),
					LocalizedText.of(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6)))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Country::iso3, Function.identity()));
		this.objectives = jdbc.sql("select number, short_es, short_en, short_fr, title_en from gcm_objective order by number")
			.query((rs, i) -> new GcmObjective(rs.getInt(1),
					LocalizedText.of(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(5)))
			.list();
		this.sdgTargets = jdbc.sql("select code, short_es, short_en, short_fr from sdg_target")
			.query((rs, i) -> new SdgTarget(rs.getString(1),
					LocalizedText.of(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list()
			.stream()
			.sorted(Comparator.comparing(t -> sdgSortKey(t.code())))
			.toList();
	}

	/** Countries sorted by their name in the given language. */
	public List<Country> countries(Locale locale) {
		return countries.values()
			.stream()
			.sorted(Comparator.comparing(c -> c.name().in(locale), java.text.Collator.getInstance(locale)))
			.toList();
	}

	public Optional<Country> country(String iso3) {
		return iso3 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
	}

	/** A country's name in the language, or its code when unknown; for views. */
	public String countryName(String iso3, Locale locale) {
		return country(iso3).map(c -> c.name().in(locale)).orElse(iso3);
	}

	public List<GcmObjective> objectives() {
		return objectives;
	}

	public Optional<GcmObjective> objective(int number) {
		return objectives.stream().filter(o -> o.number() == number).findFirst();
	}

	public List<SdgTarget> sdgTargets() {
		return sdgTargets;
	}

	private static String sdgSortKey(String code) {
		String[] parts = code.split("\\.");
		return String.format("%03d.%s", Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : "");
	}
}
