package org.enlace.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.enlace.commitments.Facts.CommitmentFacts;
import org.enlace.commitments.Facts.DocumentLink;
import org.enlace.commitments.Facts.InstrumentFacts;
import org.enlace.commitments.Facts.MeasureFacts;
import org.enlace.directory.Directory;
import org.enlace.platform.EnlaceProperties;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.LocalizedText;
import org.enlace.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo commitments and agreed measures for RCM, OCAM and SICA, on the first start with
 * {@code enlace.demo=true}. The measures are illustrative (marked so in their descriptions), the
 * instruments real. Some target dates have passed, so the overdue status shows.
 */
@Component
@Order(110)
class DemoCommitments implements ApplicationRunner {

	private static final Actor LOADER = new Actor("demo-loader", Set.of(new Grant(Role.ADMIN, null)));

	private static final String DEMO = " (demo)";

	private final EnlaceProperties properties;

	private final InstrumentRepository instruments;

	private final MeasureRepository measures;

	private final CommitmentKeeping keeping;

	private final FundingInterests interests;

	private final Directory directory;

	DemoCommitments(EnlaceProperties properties, InstrumentRepository instruments, MeasureRepository measures,
			CommitmentKeeping keeping, FundingInterests interests, Directory directory) {
		this.properties = properties;
		this.instruments = instruments;
		this.measures = measures;
		this.keeping = keeping;
		this.interests = interests;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo() || measures.count() > 0) {
			return;
		}
		long plan = reference("RCM:Strategic Plan 2019-2022");
		long c1 = commitment(plan, "1", "Protección de personas migrantes en situación de vulnerabilidad",
				"Protection of migrants in vulnerable situations", "Protection des personnes migrantes vulnérables");
		measure(c1, "RCM-2019-SP-1.1", "Protocolo regional de identificación de necesidades de protección",
				"Regional protocol to identify protection needs", "2022-12-31", "250000", Set.of(7, 12),
				Set.of("10.7"), "ES");
		measure(c1, "RCM-2019-SP-1.2", "Red regional de albergues para niñez y adolescencia migrante",
				"Regional network of shelters for migrant children and adolescents", "2027-06-30", "480000",
				Set.of(7, 13), Set.of("16.2"), "RLO-CP");
		long c2 = commitment(plan, "2", "Migración laboral regular y trabajo decente",
				"Regular labour migration and decent work", null);
		measure(c2, "RCM-2019-SP-2.1", "Guía regional de contratación equitativa",
				"Regional guide to fair recruitment", "2028-12-31", "120000", Set.of(6), Set.of("8.8"), "WG-LM");
		measure(c2, "RCM-2019-SP-2.2", "Reconocimiento mutuo de competencias laborales",
				"Mutual recognition of workers' skills", "2029-06-30", null, Set.of(18), Set.of(), "WG-LM");
		long c3 = commitment(plan, "3", "Gestión integral de fronteras", "Integrated border management", null);
		measure(c3, "RCM-2019-SP-3.1", "Intercambio de información entre puestos fronterizos",
				"Information exchange between border posts", "2025-06-30", "300000", Set.of(11, 1), Set.of("17.18"),
				"WG-BM");
		measure(c3, "RCM-2019-SP-3.2", "Capacitación conjunta contra el tráfico ilícito de migrantes",
				"Joint training against migrant smuggling", "2027-12-31", "175000", Set.of(9, 11), Set.of("16.2"),
				"RLO-TIP");

		long internal = keeping.recordInstrument(LOADER, "RCM", new InstrumentFacts(InstrumentKind.WORK_PLAN, "PPT",
				text("Plan de trabajo de la Presidencia Pro Tempore 2026", "Pro Tempore Presidency work plan 2026",
						null),
				text("Borrador de trabajo para los países miembros." + DEMO, null, null), "es",
				LocalDate.of(2026, 2, 20), null, List.of(), AccessLevel.MEMBERS));
		long c4 = commitment(internal, "1", "Seguimiento de los compromisos del Plan Estratégico",
				"Follow-up of the Strategic Plan commitments", null);
		measure(c4, "RCM-2026-WP-1.1", "Informe regional de avance", "Regional progress report", "2026-11-30",
				"40000", Set.of(1, 23), Set.of("17.18"), "ES");

		long ocam = keeping.recordInstrument(LOADER, "OCAM", new InstrumentFacts(InstrumentKind.WORK_PLAN, null,
				text("Plan de Trabajo OCAM 2025-2026", "OCAM Work Plan 2025-2026", "Plan de travail OCAM 2025-2026"),
				text("Plan de trabajo adoptado por las autoridades migratorias." + DEMO, null, null), "es",
				LocalDate.of(2025, 3, 14), "Reunión ordinaria de la OCAM, Ciudad de Guatemala",
				List.of(new DocumentLink("OCAM", "https://www.sica.int/ocam")), AccessLevel.PUBLIC));
		long o1 = commitment(ocam, "1", "Documentos de viaje seguros e interoperables",
				"Secure and interoperable travel documents", null);
		measure(o1, "OCAM-2025-WP-1.1", "Estándar común de pasaporte electrónico",
				"Common electronic passport standard", "2025-12-31", "900000", Set.of(4), Set.of("16.9"), null);
		measure(o1, "OCAM-2025-WP-1.2", "Consulta en línea de alertas migratorias",
				"Online check of migration alerts", "2026-09-30", "350000", Set.of(11), Set.of(), null);
		long o2 = commitment(ocam, "2", "Retorno digno y reintegración", "Dignified return and reintegration", null);
		measure(o2, "OCAM-2025-WP-2.1", "Protocolo común de recepción de personas retornadas",
				"Common protocol for receiving returnees", "2027-03-31", "210000", Set.of(21), Set.of("10.7"), null);
		measure(o2, "OCAM-2025-WP-2.2", "Registro de perfiles de personas retornadas",
				"Register of returnee profiles", "2027-12-31", null, Set.of(1, 21), Set.of("17.18"), null);

		long paim = reference("SICA:Comprehensive Migration Plan (PAIM-SICA)");
		long s1 = commitment(paim, "1", "Atención integral a la población migrante",
				"Comprehensive care for migrants", null);
		measure(s1, "SICA-2018-PAIM-1.1", "Acceso a servicios de salud para personas en tránsito",
				"Access to health services for people in transit", "2024-12-31", "600000", Set.of(15),
				Set.of("10.7"), null);
		measure(s1, "SICA-2018-PAIM-1.2", "Prevención de la trata de mujeres y niñas",
				"Prevention of trafficking in women and girls", "2027-06-30", "410000", Set.of(10), Set.of("5.2"),
				null);
		long s2 = commitment(paim, "2", "Migración y desarrollo", "Migration and development", null);
		measure(s2, "SICA-2018-PAIM-2.1", "Remesas para el desarrollo local", "Remittances for local development",
				"2028-06-30", "150000", Set.of(20, 19), Set.of("10.c"), null);

		directory.organizationIdByAcronym("IDB").ifPresent(idb -> interests.register(
				new Actor("demo.donor.idb", Set.of(new Grant(Role.PARTNER, String.valueOf(idb)))),
				measures.findByCodeIgnoreCase("RCM-2019-SP-1.2").orElseThrow().getId(),
				new FundingInterests.InterestDraft(idb, new BigDecimal("200000"),
						FundingInterests.Modality.TECHNICAL_ASSISTANCE,
						"Podríamos apoyar el diseño de la red de albergues en 2027." + DEMO), false));
	}

	private long reference(String key) {
		return instruments.findByReferenceKey(key)
			.map(Instrument::getId)
			.orElseThrow(() -> new IllegalStateException("reference instrument missing: " + key));
	}

	private long commitment(long instrument, String number, String es, String en, String fr) {
		return keeping.addCommitment(LOADER, instrument, new CommitmentFacts(number, text(es, en, fr), "es"));
	}

	private void measure(long commitment, String code, String es, String en, String target, String cost,
			Set<Integer> gcm, Set<String> sdg, String body) {
		keeping.addMeasure(LOADER, commitment,
				new MeasureFacts(code, text(es, en, null),
						text("Medida de ejemplo del conjunto de demostración." + DEMO,
								"Example measure of the demo dataset." + DEMO, null),
						"es", body, LocalDate.parse(target), cost == null ? null : new BigDecimal(cost), gcm, sdg,
						Set.of()));
	}

	private static LocalizedText text(String es, String en, String fr) {
		return LocalizedText.of(es, en, fr);
	}
}
