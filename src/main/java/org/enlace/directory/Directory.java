package org.enlace.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.enlace.audit.AuditTrail;
import org.enlace.audit.AuditTrail.AuditRecord;
import org.enlace.directory.DirectoryViews.ContactChoice;
import org.enlace.directory.DirectoryViews.ContactView;
import org.enlace.directory.DirectoryViews.EntryLink;
import org.enlace.directory.DirectoryViews.HolderView;
import org.enlace.directory.DirectoryViews.OrganizationView;
import org.enlace.directory.DirectoryViews.PositionView;
import org.enlace.platform.EnlaceProperties;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.PageOf;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory facade. Every method takes the acting user: what comes back is what they may see,
 * and a change they may not make is refused with {@link org.enlace.shared.ForbiddenException}.
 */
@Service
public class Directory {

	static final String ORGANIZATION = "organization";

	static final String CONTACT = "contact";

	static final String POSITION = "position";

	/** Audited fields only signed-in readers may see. */
	private static final Set<String> PRIVATE_FIELDS = Set.of("email", "phone");

	private final OrganizationRepository organizations;

	private final ContactRepository contacts;

	private final PositionRepository positions;

	private final DirectorySearch search;

	private final SearchTexts searchTexts;

	private final AuditTrail audit;

	private final EnlaceProperties properties;

	private final Clock clock = Clock.systemDefaultZone();

	Directory(OrganizationRepository organizations, ContactRepository contacts, PositionRepository positions,
			DirectorySearch search, SearchTexts searchTexts, AuditTrail audit, EnlaceProperties properties) {
		this.organizations = organizations;
		this.contacts = contacts;
		this.positions = positions;
		this.search = search;
		this.searchTexts = searchTexts;
		this.audit = audit;
		this.properties = properties;
	}

	/** Searches organisations, contacts and positions; never matches on contact details. */
	public PageOf<DirectoryHit> search(Actor actor, DirectoryQuery query) {
		return search.search(query);
	}

	/** The one active organisation with this acronym, if exactly one. */
	@Transactional(readOnly = true)
	public Optional<Long> organizationIdByAcronym(String acronym) {
		List<Organization> found = organizations.findByAcronym(acronym);
		return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
	}

	/** The one active organisation with this name (ignoring case), if exactly one. */
	@Transactional(readOnly = true)
	public Optional<Long> organizationIdByName(String name) {
		List<Organization> found = organizations.findByName(name.strip());
		return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public OrganizationView organization(Actor actor, long id) {
		Organization o = organizations.findActive(id).orElseThrow(() -> new NotFoundException("organization"));
		return view(actor, o);
	}

	@Transactional(readOnly = true)
	public ContactView contact(Actor actor, long id) {
		return view(actor, contacts.findById(id).orElseThrow(() -> new NotFoundException("contact")));
	}

	@Transactional(readOnly = true)
	public PositionView position(Actor actor, long id) {
		return view(actor, positions.findById(id).orElseThrow(() -> new NotFoundException("position")));
	}

	/**
	 * Where a merged organisation's entries went: the organisation that survived it (following
	 * merges of merges); empty for an active or unknown one.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> survivorOf(long id) {
		Optional<Organization> o = organizations.findById(id);
		for (int hops = 0; hops < 20 && o.isPresent() && o.get().isMerged(); hops++) {
			o = organizations.findById(o.get().getMergedIntoId());
		}
		return o.filter(found -> !found.isMerged() && found.getId() != id).map(Organization::getId);
	}

	/** The organisations directly below this one. */
	@Transactional(readOnly = true)
	public List<EntryLink> children(long id) {
		return organizations.findChildren(id).stream().map(Directory::link).toList();
	}

	/** Every active organisation, by name: for pickers (parent, merge target, a contact's employer). */
	@Transactional(readOnly = true)
	public List<EntryLink> organizationChoices() {
		return organizations.findAllActive().stream().map(Directory::link).toList();
	}

	/** The active organisations of the given kinds, by name: e.g. the donors and development banks. */
	@Transactional(readOnly = true)
	public List<EntryLink> organizationsOfKind(java.util.Collection<OrganizationKind> kinds) {
		return organizations.findAllActive().stream().filter(o -> kinds.contains(o.getKind())).map(Directory::link).toList();
	}

	/** The active organisations of a country, by name. */
	@Transactional(readOnly = true)
	public List<EntryLink> institutionsOf(String iso3) {
		return organizations.findByCountry(iso3).stream().map(Directory::link).toList();
	}

	/** Every contact, by name: for picking a seat's holder. Names only, never contact details. */
	@Transactional(readOnly = true)
	public List<ContactChoice> contactChoices() {
		Map<Long, String> acronyms = new HashMap<>();
		organizations.findAllActive().forEach(o -> acronyms.put(o.getId(), o.getAcronym()));
		return contacts.findAll(Sort.by("familyName", "givenName"))
			.stream()
			.map(c -> new ContactChoice(c.getId(), c.fullName(), acronyms.get(c.getOrganizationId())))
			.toList();
	}

	/** The focal-point seats of a country with their current holders. */
	@Transactional(readOnly = true)
	public List<PositionView> focalPoints(Actor actor, String iso3) {
		return positions.findFocalPoints(iso3).stream().map(p -> view(actor, p)).toList();
	}

	/** How many active organisations each country has, by ISO3. */
	@Transactional(readOnly = true)
	public Map<String, Long> organizationCounts() {
		Map<String, Long> counts = new TreeMap<>();
		organizations.findAllActive().stream().filter(o -> o.getCountryIso3() != null)
			.forEach(o -> counts.merge(o.getCountryIso3(), 1L, Long::sum));
		return counts;
	}

	/**
	 * What was changed in an entry ({@code organization}, {@code contact}, {@code position}), newest
	 * first. Changes of e-mail and phone are left out for those who may not see them.
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> history(Actor actor, String entryType, long id) {
		List<AuditRecord> history = audit.history(entryType, id);
		if (EditingRights.maySeeContactDetails(actor)) {
			return history;
		}
		return history.stream()
			.map(r -> new AuditRecord(r.action(), r.actor(), r.at(),
					r.changes().stream().filter(c -> !PRIVATE_FIELDS.contains(c.field())).toList()))
			.toList();
	}

	@Transactional
	public long createOrganization(Actor actor, OrganizationDetails details) {
		EditingRights.require(EditingRights.mayEditOrganization(actor, details.countryIso3()), "organization");
		Organization o = new Organization(details, today(), Instant.now(clock));
		o.indexAs(searchTexts.of(o, parentOf(o)));
		organizations.save(o);
		audit.record(actor, ORGANIZATION, o.getId(), "CREATED", null, Snapshots.of(o));
		return o.getId();
	}

	@Transactional
	public long createContact(Actor actor, ContactDetails details, boolean demo) {
		Organization organization = organizationOf(details.organizationId());
		EditingRights.require(
				EditingRights.mayEditContact(actor, organization == null ? null : organization.getCountryIso3()),
				"contact");
		Contact c = new Contact(details, demo, today(), Instant.now(clock));
		c.indexAs(searchTexts.of(c, organization));
		contacts.save(c);
		audit.record(actor, CONTACT, c.getId(), "CREATED", null, Snapshots.of(c));
		return c.getId();
	}

	@Transactional
	public long createPosition(Actor actor, PositionDetails details) {
		EditingRights.require(
				EditingRights.mayEditPosition(actor, details.countryIso3(), details.mechanismCode()), "position");
		Position p = new Position(details, today(), Instant.now(clock));
		p.indexAs(searchTexts.of(p, organizationOf(details.organizationId()), null));
		positions.save(p);
		audit.record(actor, POSITION, p.getId(), "CREATED", null, Snapshots.of(p));
		return p.getId();
	}

	/** A contact takes a seat from a date; the previous holder's term ends the day before. */
	@Transactional
	public void handPosition(Actor actor, long positionId, long contactId, LocalDate from) {
		Position p = positions.findById(positionId).orElseThrow(() -> new NotFoundException("position"));
		EditingRights.require(EditingRights.mayEditPosition(actor, p.getCountryIso3(), p.getMechanismCode()),
				"position");
		Contact holder = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact"));
		Map<String, String> before = Snapshots.of(p);
		before.put("holder", p.current().map(t -> String.valueOf(t.getContactId())).orElse(null));
		p.handTo(contactId, from);
		p.indexAs(searchTexts.of(p, organizationOf(p.getOrganizationId()), holder.fullName()));
		Map<String, String> after = Snapshots.of(p);
		after.put("holder", String.valueOf(contactId));
		audit.record(actor, POSITION, p.getId(), "UPDATED", before, after);
	}

	private OrganizationView view(Actor actor, Organization o) {
		Organization parent = parentOf(o);
		return new OrganizationView(o.getId(), o.getAcronym(), o.getName(), o.getKind(), o.getCountryIso3(),
				o.getParentId(), parent == null ? null : parent.getName(), o.getWebsite(), o.getThemes(),
				o.getMechanisms(), o.getLastVerified(), isStale(o.getLastVerified()), o.getVersion(),
				EditingRights.mayEditOrganization(actor, o.getCountryIso3()));
	}

	private ContactView view(Actor actor, Contact c) {
		Organization organization = organizationOf(c.getOrganizationId());
		String country = organization == null ? null : organization.getCountryIso3();
		boolean details = EditingRights.maySeeContactDetails(actor);
		return new ContactView(c.getId(), c.getHonorific(), c.getGivenName(), c.getFamilyName(), c.getJobTitle(),
				c.getOrganizationId(), organization == null ? null : organization.getName(), country,
				details ? c.getEmail() : null, details ? c.getPhone() : null, c.getLanguages(), c.getThemes(),
				c.isDemo(), c.getLastVerified(), isStale(c.getLastVerified()), c.getVersion(),
				EditingRights.mayEditContact(actor, country));
	}

	private PositionView view(Actor actor, Position p) {
		Organization organization = organizationOf(p.getOrganizationId());
		List<HolderView> history = p.getTerms().stream().map(t -> {
			Contact c = contacts.findById(t.getContactId()).orElse(null);
			return new HolderView(t.getContactId(), c == null ? "?" : c.fullName(), t.getStartsOn(), t.getEndsOn(),
					c != null && c.isDemo());
		}).toList();
		HolderView current = history.stream().filter(h -> h.until() == null).findFirst().orElse(null);
		return new PositionView(p.getId(), p.getTitle(), p.getOrganizationId(),
				organization == null ? null : organization.getName(), p.getCountryIso3(), p.getMechanismCode(),
				p.getBodyCode(), p.isFocalPoint(), current, history, p.getLastVerified(),
				isStale(p.getLastVerified()), p.getVersion(),
				EditingRights.mayEditPosition(actor, p.getCountryIso3(), p.getMechanismCode()));
	}

	private static EntryLink link(Organization o) {
		return new EntryLink(o.getId(), o.getName(), o.getAcronym());
	}

	private Organization parentOf(Organization o) {
		return o.getParentId() == null ? null : organizations.findById(o.getParentId()).orElse(null);
	}

	private Organization organizationOf(Long id) {
		if (id == null) {
			return null;
		}
		return organizations.findActive(id).orElseThrow(() -> new NotFoundException("organization"));
	}

	private boolean isStale(LocalDate lastVerified) {
		return lastVerified.isBefore(today().minus(properties.staleAfter()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Flat field maps of entities, for the audit trail. */
	static final class Snapshots {

		private Snapshots() {
		}

		static Map<String, String> of(Organization o) {
			Map<String, String> m = new LinkedHashMap<>();
			m.put("acronym", o.getAcronym());
			m.put("name", o.getName());
			m.put("kind", String.valueOf(o.getKind()));
			m.put("country", o.getCountryIso3());
			m.put("parent", o.getParentId() == null ? null : String.valueOf(o.getParentId()));
			m.put("website", o.getWebsite());
			m.put("themes", String.valueOf(new java.util.TreeSet<>(o.getThemes())));
			m.put("mechanisms", String.valueOf(new java.util.TreeSet<>(o.getMechanisms())));
			m.put("lastVerified", String.valueOf(o.getLastVerified()));
			return m;
		}

		static Map<String, String> of(Contact c) {
			Map<String, String> m = new LinkedHashMap<>();
			m.put("honorific", c.getHonorific());
			m.put("givenName", c.getGivenName());
			m.put("familyName", c.getFamilyName());
			m.put("jobTitle", c.getJobTitle());
			m.put("organization", c.getOrganizationId() == null ? null : String.valueOf(c.getOrganizationId()));
			m.put("email", c.getEmail());
			m.put("phone", c.getPhone());
			m.put("languages", String.join(",", c.getLanguages()));
			m.put("themes", String.valueOf(new java.util.TreeSet<>(c.getThemes())));
			m.put("lastVerified", String.valueOf(c.getLastVerified()));
			return m;
		}

		static Map<String, String> of(Position p) {
			Map<String, String> m = new LinkedHashMap<>();
			m.put("title", p.getTitle());
			m.put("organization", p.getOrganizationId() == null ? null : String.valueOf(p.getOrganizationId()));
			m.put("country", p.getCountryIso3());
			m.put("mechanism", p.getMechanismCode());
			m.put("body", p.getBodyCode());
			m.put("focalPoint", String.valueOf(p.isFocalPoint()));
			m.put("lastVerified", String.valueOf(p.getLastVerified()));
			return m;
		}
	}
}
