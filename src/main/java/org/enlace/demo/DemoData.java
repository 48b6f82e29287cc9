package org.enlace.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.enlace.accounts.Accounts;
import org.enlace.directory.ContactDetails;
import org.enlace.directory.Directory;
import org.enlace.directory.OrganizationDetails;
import org.enlace.directory.OrganizationKind;
import org.enlace.directory.PositionDetails;
import org.enlace.mechanisms.MechanismViews.MembershipView;
import org.enlace.mechanisms.MembershipStatus;
import org.enlace.mechanisms.Mechanisms;
import org.enlace.platform.EnlaceProperties;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo dataset once, on the first start with {@code enlace.demo=true}. */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

	/** The password of every demo account, documented in the README. */
	static final String PASSWORD = "enlace-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final Actor LOADER = new Actor("demo-loader", Set.of(new Grant(Role.ADMIN, null)));

	private final EnlaceProperties properties;

	private final Accounts accounts;

	private final Directory directory;

	private final Mechanisms mechanisms;

	private final ReferenceData reference;

	/** Country and type of each shipped institution, by acronym. */
	private final Map<String, String[]> institutions = new HashMap<>();

	DemoData(EnlaceProperties properties, Accounts accounts, Directory directory, Mechanisms mechanisms,
			ReferenceData reference) {
		this.properties = properties;
		this.accounts = accounts;
		this.directory = directory;
		this.mechanisms = mechanisms;
		this.reference = reference;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.demo() || accounts.exists("demo.admin")) {
			return;
		}
		Map<String, Long> organizations = loadInstitutions();
		loadPeopleAndSeats(organizations);
		createAccounts(organizations);
		log.info("Demo data loaded: {} institutions; demo accounts use the password '{}'", organizations.size(),
				PASSWORD);
	}

	private Map<String, Long> loadInstitutions() {
		List<CSVRecord> rows = read("reference/organizations.csv");
		Map<String, Long> ids = new HashMap<>();
		institutions.clear();
		// Parents first, so children can point at them.
		List<CSVRecord> ordered = new ArrayList<>(rows);
		ordered.sort((a, b) -> Boolean.compare(!a.get("parent_acronym").isBlank(), !b.get("parent_acronym").isBlank()));
		for (CSVRecord r : ordered) {
			String acronym = r.get("acronym");
			String country = r.get("country_iso3").isBlank() ? null : r.get("country_iso3");
			institutions.put(acronym, new String[] { country, r.get("type") });
			String type = r.get("type");
			OrganizationKind kind = kindOf(type);
			Long parent = r.get("parent_acronym").isBlank() ? null : ids.get(r.get("parent_acronym"));
			ids.put(acronym, directory.createOrganization(LOADER, new OrganizationDetails(acronym, r.get("name"), kind,
					country, parent, null, themesOf(type, acronym), mechanismsOf(country, type))));
		}
		return ids;
	}

	private void loadPeopleAndSeats(Map<String, Long> organizations) {
		List<DemoPerson> people = DemoPerson.cast();
		int next = 0;
		LocalDate start = LocalDate.now().minusMonths(8).withDayOfMonth(1);
		for (MembershipView member : mechanisms.find("RCM").withStatus(MembershipStatus.MEMBER)) {
			String iso3 = member.countryIso3();
			Long ministry = institutionOf(organizations, iso3, "foreign affairs");
			Long authority = institutionOf(organizations, iso3, "migration authority");
			String country = reference.countryName(iso3, java.util.Locale.ENGLISH);
			if (ministry != null) {
				DemoPerson person = people.get(next++ % people.size());
				long contact = directory.createContact(LOADER, person.contact(ministry, "Consular protection liaison",
						iso3), true);
				long seat = directory.createPosition(LOADER, new PositionDetails(
						"RCM liaison officer for consular protection — " + country, ministry, iso3, "RCM", "RLO-CP",
						true));
				if (iso3.equals("GTM")) {
					// A seat that changed hands, so its history shows.
					DemoPerson earlier = people.get(next++ % people.size());
					long previous = directory.createContact(LOADER,
							earlier.contact(ministry, "Former consular protection liaison", iso3), true);
					directory.handPosition(LOADER, seat, previous, start.minusYears(2));
				}
				directory.handPosition(LOADER, seat, contact, start);
			}
			if (authority != null) {
				DemoPerson person = people.get(next++ % people.size());
				long contact = directory.createContact(LOADER, person.contact(authority, "Director of migration", iso3),
						true);
				long seat = directory.createPosition(LOADER, new PositionDetails("OCAM director — " + country,
						authority, iso3, "OCAM", null, true));
				directory.handPosition(LOADER, seat, contact, start);
			}
		}
		Long iom = organizations.get("IOM");
		if (iom != null) {
			DemoPerson person = people.get(next % people.size());
			directory.createContact(LOADER, person.contact(iom, "Regional migration policy officer", null), true);
		}
	}

	private void createAccounts(Map<String, Long> organizations) {
		account("demo.admin", "Demo administrator", new Grant(Role.ADMIN, null));
		account("demo.secretariat.rcm", "Demo RCM secretariat", new Grant(Role.SECRETARIAT, "RCM"));
		account("demo.secretariat.ocam", "Demo OCAM secretariat", new Grant(Role.SECRETARIAT, "OCAM"));
		account("demo.focal.gt", "Demo focal point, Guatemala", new Grant(Role.FOCAL_POINT, "GTM"));
		account("demo.focal.hn", "Demo focal point, Honduras", new Grant(Role.FOCAL_POINT, "HND"));
		account("demo.partner.iom", "Demo partner, IOM",
				new Grant(Role.PARTNER, String.valueOf(organizations.get("IOM"))));
		account("demo.donor.idb", "Demo partner, IDB (development bank)",
				new Grant(Role.PARTNER, String.valueOf(organizations.get("IDB"))));
		account("demo.member", "Demo member");
	}

	private void account(String username, String name, Grant... grants) {
		accounts.create(new Accounts.NewAccount(username, username + "@demo.enlace.example", name, PASSWORD,
				Set.of(grants), true));
	}

	private Long institutionOf(Map<String, Long> organizations, String iso3, String type) {
		return institutions.entrySet()
			.stream()
			.filter(e -> iso3.equals(e.getValue()[0]) && e.getValue()[1].contains(type))
			.map(e -> organizations.get(e.getKey()))
			.sorted()
			.findFirst()
			.orElse(null);
	}

	private static OrganizationKind kindOf(String type) {
		String t = type.toLowerCase(java.util.Locale.ROOT);
		if (t.startsWith("government")) {
			return OrganizationKind.GOVERNMENT;
		}
		if (t.contains("development bank")) {
			return OrganizationKind.DEVELOPMENT_BANK;
		}
		if (t.contains("donor")) {
			return OrganizationKind.DONOR;
		}
		if (t.contains("civil society")) {
			return OrganizationKind.CIVIL_SOCIETY;
		}
		return OrganizationKind.INTERNATIONAL;
	}

	private static Set<Integer> themesOf(String type, String acronym) {
		if (type.contains("migration authority")) {
			return Set.of(4, 11, 12);
		}
		if (type.contains("foreign affairs")) {
			return Set.of(14, 23);
		}
		return switch (acronym) {
			case "IOM" -> Set.of(1, 7, 21, 23);
			case "UNHCR" -> Set.of(7, 12, 15);
			case "UNICEF" -> Set.of(7, 15);
			case "ILO" -> Set.of(6, 18, 22);
			case "UNODC" -> Set.of(9, 10);
			case "IDB", "CABEI", "WB" -> Set.of(2, 19, 20);
			default -> Set.of(23);
		};
	}

	private Set<String> mechanismsOf(String country, String type) {
		if (country == null) {
			return Set.of();
		}
		if (!type.startsWith("government")) {
			return Set.of();
		}
		Set<String> codes = new java.util.TreeSet<>();
		for (MembershipView m : mechanisms.membershipsOf(country)) {
			if (m.status() != MembershipStatus.OBSERVER && (m.mechanismCode().equals("RCM")
					|| (m.mechanismCode().equals("OCAM") && type.contains("migration authority")))) {
				codes.add(m.mechanismCode());
			}
		}
		return codes;
	}

	private static List<CSVRecord> read(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Fictional people; every one is flagged as demo and has an address at a reserved domain. */
	record DemoPerson(String honorific, String givenName, String familyName, List<String> languages) {

		static List<DemoPerson> cast() {
			return List.of(new DemoPerson("Lic.", "Ana Lucía", "Demo Morales", List.of("es", "en")),
					new DemoPerson("Sr.", "Carlos", "Demo Hernández", List.of("es")),
					new DemoPerson("Licda.", "María José", "Demo Castillo", List.of("es", "en")),
					new DemoPerson("Mr.", "Daniel", "Demo Young", List.of("en", "es")),
					new DemoPerson("Dra.", "Gabriela", "Demo Ruiz", List.of("es", "fr")),
					new DemoPerson("Ing.", "José Manuel", "Demo Pineda", List.of("es")),
					new DemoPerson("Sra.", "Rosa Elena", "Demo Aguilar", List.of("es", "en")),
					new DemoPerson("Lic.", "Fernando", "Demo Quirós", List.of("es")),
					new DemoPerson("Ms.", "Sharon", "Demo Williams", List.of("en")),
					new DemoPerson("Licda.", "Paola", "Demo Jiménez", List.of("es", "en", "fr")),
					new DemoPerson("Sr.", "Ramón", "Demo Santos", List.of("es")),
					new DemoPerson("Dra.", "Claudia", "Demo Vega", List.of("es", "en")));
		}

		ContactDetails contact(long organizationId, String jobTitle, String iso3) {
			String local = (givenName.split(" ")[0] + "." + familyName.replace("Demo ", "")).toLowerCase(
					java.util.Locale.ROOT);
			String ascii = java.text.Normalizer.normalize(local, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			return new ContactDetails(honorific, givenName, familyName, jobTitle, organizationId,
					ascii + (iso3 == null ? "" : "." + iso3.toLowerCase(java.util.Locale.ROOT)) + "@demo.enlace.example",
					"+000 5555 0" + Math.abs(ascii.hashCode() % 1000), languages, Set.of());
		}
	}
}
