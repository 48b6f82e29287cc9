package org.enlace.activities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityDraft.Participant;
import org.enlace.activities.ActivityDraft.RecipientCountry;
import org.enlace.activities.RecordingFunding.IndicatorDraft;
import org.enlace.activities.RecordingFunding.TransactionDraft;
import org.enlace.activities.ReportingProgress.ReportDraft;
import org.enlace.directory.Directory;
import org.enlace.platform.EnlaceProperties;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo activities, loaded once after the directory's demo data: the IOM project PO.0160 that
 * this platform implements, as published, and three small fictional activities marked as demo,
 * with a few exchange rates so their money shows in US dollars.
 */
@Component
@Order(120)
class DemoActivities implements ApplicationRunner {

	static final String SEED_IDENTIFIER = "XM-DAC-47066-PO.0160";

	private static final Actor LOADER = new Actor("demo-loader", Set.of(new Grant(Role.ADMIN, null)));

	private final EnlaceProperties properties;

	private final RecordingActivities activities;

	private final RecordingFunding funding;

	private final ReportingProgress progress;

	private final ExchangeRates rates;

	private final ActivityStore store;

	private final MeasureLinks measures;

	private final Directory directory;

	private final JsonMapper json;

	DemoActivities(EnlaceProperties properties, RecordingActivities activities, RecordingFunding funding,
			ReportingProgress progress, ExchangeRates rates, ActivityStore store, MeasureLinks measures,
			Directory directory, JsonMapper json) {
		this.properties = properties;
		this.activities = activities;
		this.funding = funding;
		this.progress = progress;
		this.rates = rates;
		this.store = store;
		this.measures = measures;
		this.directory = directory;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo() || store.idOf(SEED_IDENTIFIER).isPresent()
				|| directory.organizationIdByAcronym("IOM").isEmpty()) {
			return;
		}
		rate("EUR", "2020-01-01", "1.1200");
		rate("EUR", "2024-01-01", "1.1050");
		rate("GTQ", "2020-01-01", "0.1299");
		rate("GTQ", "2024-01-01", "0.1280");
		rate("HNL", "2024-01-01", "0.0405");
		rate("MXN", "2020-01-01", "0.0529");
		rate("MXN", "2024-01-01", "0.0588");
		rate("CRC", "2024-01-01", "0.0019");
		rate("CAD", "2024-01-01", "0.7400");
		seedProject();
		consularProtection();
		labourMobility();
		childProtection();
	}

	private void rate(String currency, String from, String usd) {
		rates.add(LOADER, currency, LocalDate.parse(from), new BigDecimal(usd));
	}

	/** PO.0160 as IOM publishes it; the published record gives years only, so dates are whole years. */
	private void seedProject() {
		JsonNode seed = read("reference/seed-project.json");
		List<RecipientCountry> countries = new ArrayList<>();
		for (JsonNode iso3 : seed.get("beneficiary_member_states_iso3")) {
			countries.add(new RecipientCountry(iso3.asString(), BigDecimal.valueOf(100.0 / 8)));
		}
		List<String> outputs = new ArrayList<>();
		seed.get("outputs").forEach(o -> outputs.add(o.asString()));
		List<String> supporters = new ArrayList<>();
		seed.get("supported_by").forEach(s -> supporters.add(s.asString()));
		String description = "Outputs: " + String.join("; ", outputs) + ". Type: "
				+ seed.get("project_type_fr").asString() + ". Coverage: " + seed.get("coverage").asString() + " ("
				+ seed.get("idf_region_fr").asString() + "). Supported by: " + String.join(", ", supporters)
				+ ". Funder: " + seed.get("funder").asString() + ". Status: " + seed.get("status_fr").asString() + ".";
		int start = seed.get("start_year").asInt();
		int end = seed.get("end_year").asInt();
		long id = activities.createDemo(LOADER, new ActivityDraft(SEED_IDENTIFIER,
				List.of(new OtherIdentifier("IOM Prima", seed.get("prima_id").asString()),
						new OtherIdentifier("IOM project", seed.get("project_id").asString())),
				LocalizedText.of(
						"Plataforma virtual para coordinar la implementación de medidas migratorias en Mesoamérica y la República Dominicana",
						seed.get("title_en").asString(), seed.get("title_fr").asString()),
				LocalizedText.of(null, description, null), "fr", 4, LocalDate.of(start, 1, 1), LocalDate.of(end, 12, 31),
				LocalDate.of(start, 1, 1), LocalDate.of(end, 12, 31),
				List.of(new Participant("IOM", 1), new Participant("IOM", 2), new Participant("IOM", 4)), countries,
				seed.get("budget_usd").decimalValue(), "USD", List.of(3, 23), List.of("10.7", "17.18"), List.of(),
				linkable("RCM-2019-SP-3.2")));
		funding.addTransaction(LOADER, id, new TransactionDraft(2, LocalDate.of(start, 1, 1), null,
				seed.get("funder").asString(), "IOM", null, seed.get("budget_usd").decimalValue(), "USD"));
	}

	private void consularProtection() {
		long id = activities.createDemo(LOADER, new ActivityDraft("DEMO-ENLACE-0001", List.of(),
				LocalizedText.of("Protección consular para personas migrantes retornadas (demo)",
						"Consular protection for returned migrants (demo)", null),
				LocalizedText.of("Actividad ficticia de demostración: atención y referencia de personas retornadas.",
						"Fictional demo activity: care and referral of returned migrants.", null),
				"es", 2, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2024, 4, 1), null,
				List.of(new Participant("AECID", 1), new Participant("IOM", 4), new Participant("IGM", 4)),
				List.of(new RecipientCountry("GTM", new BigDecimal("60")), new RecipientCountry("HND", new BigDecimal("40"))),
				new BigDecimal("250000"), "EUR", List.of(14, 21), List.of("10.7"),
				List.of(new ActivityDraft.Location("Ciudad de Guatemala", new BigDecimal("14.634915"),
						new BigDecimal("-90.506882")), new ActivityDraft.Location("San Pedro Sula", null, null)),
				List.of()));
		funding.addTransaction(LOADER, id, new TransactionDraft(2, LocalDate.of(2024, 3, 1), "AECID", null, "IOM",
				null, new BigDecimal("250000"), "EUR"));
		funding.addTransaction(LOADER, id, new TransactionDraft(3, LocalDate.of(2024, 6, 15), "AECID", null, "IOM",
				null, new BigDecimal("120000"), "EUR"));
		funding.addIndicator(LOADER, id, new IndicatorDraft("Personas retornadas atendidas", "personas",
				BigDecimal.ZERO, 2023, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), new BigDecimal("1500"),
				new BigDecimal("900")));
		Actor partner = partnerOfIom();
		long first = progress.submit(partner, id, new ReportDraft(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30),
				"Primer semestre: protocolo de recepción acordado y 900 personas atendidas.", 30));
		progress.approve(LOADER, first);
		progress.submit(partner, id, new ReportDraft(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31),
				"Segundo semestre: red de referencia ampliada a San Pedro Sula.", 55));
	}

	private void labourMobility() {
		long id = activities.createDemo(LOADER, new ActivityDraft("DEMO-ENLACE-0002", List.of(),
				LocalizedText.of("Movilidad laboral regular hacia el sur de México (demo)", null, null),
				LocalizedText.of("Actividad ficticia de demostración.", null, null), "es", 1,
				LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, null,
				List.of(new Participant("ILO", 4), new Participant("INM-MX", 2)),
				List.of(new RecipientCountry("MEX", null)), new BigDecimal("3000000"), "MXN", List.of(5, 6),
				List.of("8.8"), List.of(), List.of()));
		funding.addTransaction(LOADER, id, new TransactionDraft(2, LocalDate.of(2025, 1, 15), "GAC", null, "ILO", null,
				new BigDecimal("3000000"), "MXN"));
	}

	private void childProtection() {
		activities.createDemo(LOADER, new ActivityDraft("DEMO-ENLACE-0003", List.of(), LocalizedText.of(null,
				"Child protection at the southern border of Costa Rica (demo)", "Protection de l'enfance à la frontière sud du Costa Rica (démo)"),
				LocalizedText.of(null, "Fictional demo activity.", "Activité fictive de démonstration."), "en", 2,
				LocalDate.of(2024, 7, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2024, 9, 1), null,
				List.of(new Participant("UNICEF", 4), new Participant("DGME-CR", 3)),
				List.of(new RecipientCountry("CRI", new BigDecimal("100"))), new BigDecimal("80000000"), "CRC",
				List.of(7, 12), List.of("16.2"), List.of(), List.of()));
	}

	/** A measure code becomes a link only where the measure exists. */
	private List<String> linkable(String... codes) {
		List<String> found = new ArrayList<>();
		for (String code : codes) {
			measures.byCode(code).ifPresent(m -> found.add(m.code()));
		}
		return found;
	}

	private Actor partnerOfIom() {
		long iom = directory.organizationIdByAcronym("IOM").orElseThrow();
		return new Actor("demo.partner.iom", Set.of(new Grant(Role.PARTNER, String.valueOf(iom))));
	}

	private JsonNode read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
