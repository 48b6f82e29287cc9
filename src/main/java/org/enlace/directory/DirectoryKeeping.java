package org.enlace.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.audit.AuditTrail;
import org.enlace.directory.Directory.Snapshots;
import org.enlace.directory.DirectoryViews.EntryLink;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory facade for changing entries that exist: editing organisations, contacts and
 * positions, and merging duplicate organisations. Each method refuses an actor who may not with
 * {@link org.enlace.shared.ForbiddenException} before anything changes (both where the entry is and
 * where it would go), throws {@link ObjectOptimisticLockingFailureException} when the version sent
 * back is no longer the current one and {@link EntryRefused} for facts that break a rule. Every
 * change is audited in its transaction, and the search texts that name a changed entry are rebuilt.
 */
@Service
public class DirectoryKeeping {

	private final OrganizationRepository organizations;

	private final ContactRepository contacts;

	private final PositionRepository positions;

	private final SearchTexts searchTexts;

	private final LikelyDuplicates duplicates;

	private final AuditTrail audit;

	DirectoryKeeping(OrganizationRepository organizations, ContactRepository contacts, PositionRepository positions,
			SearchTexts searchTexts, LikelyDuplicates duplicates, AuditTrail audit) {
		this.organizations = organizations;
		this.contacts = contacts;
		this.positions = positions;
		this.searchTexts = searchTexts;
		this.duplicates = duplicates;
		this.audit = audit;
	}

	/** Organisations the given one may duplicate; {@code exceptId} is the one being edited, if any. */
	@Transactional(readOnly = true)
	public List<EntryLink> likelyDuplicates(OrganizationDetails details, Long exceptId) {
		return duplicates.of(details, exceptId);
	}

	@Transactional
	public void updateOrganization(Actor actor, long id, OrganizationDetails details, int version) {
		Organization o = activeOrganization(id);
		EditingRights.require(EditingRights.mayEditOrganization(actor, o.getCountryIso3())
				&& EditingRights.mayEditOrganization(actor, details.countryIso3()), "organization");
		checkVersion(o.getVersion(), version, Organization.class, id);
		checkParent(id, details.parentId());
		Map<String, String> before = Snapshots.of(o);
		o.apply(details);
		o.indexAs(searchTexts.of(o, parent(o)));
		audit.record(actor, Directory.ORGANIZATION, id, "UPDATED", before, Snapshots.of(o));
		reindexDependantsOf(o);
	}

	@Transactional
	public void updateContact(Actor actor, long id, ContactDetails details, int version) {
		Contact c = contacts.findById(id).orElseThrow(() -> new NotFoundException("contact"));
		Organization now = organizationOf(c.getOrganizationId());
		EditingRights.require(EditingRights.mayEditContact(actor, country(now)), "contact");
		Organization next = organizationOf(details.organizationId());
		EditingRights.require(EditingRights.mayEditContact(actor, country(next)), "contact");
		checkVersion(c.getVersion(), version, Contact.class, id);
		Map<String, String> before = Snapshots.of(c);
		c.apply(details);
		c.indexAs(searchTexts.of(c, next));
		audit.record(actor, Directory.CONTACT, id, "UPDATED", before, Snapshots.of(c));
		// A seat is found by its holder's name.
		positions.findHeldBy(id).forEach(p -> p.indexAs(searchTexts.of(p, organizationOf(p.getOrganizationId()),
				c.fullName())));
	}

	@Transactional
	public void updatePosition(Actor actor, long id, PositionDetails details, int version) {
		Position p = positions.findById(id).orElseThrow(() -> new NotFoundException("position"));
		EditingRights.require(EditingRights.mayEditPosition(actor, p.getCountryIso3(), p.getMechanismCode())
				&& EditingRights.mayEditPosition(actor, details.countryIso3(), details.mechanismCode()), "position");
		checkVersion(p.getVersion(), version, Position.class, id);
		Map<String, String> before = Snapshots.of(p);
		p.apply(details);
		reindex(p);
		audit.record(actor, Directory.POSITION, id, "UPDATED", before, Snapshots.of(p));
	}

	/**
	 * Merges a duplicate into the organisation that stays: its contacts, positions and child
	 * organisations move to the survivor, and it is kept, marked as merged, so its old address can
	 * lead to the survivor. The actor must be allowed to edit both.
	 */
	@Transactional
	public void merge(Actor actor, long id, long survivorId) {
		Organization merged = activeOrganization(id);
		Organization survivor = activeOrganization(survivorId);
		EditingRights.require(EditingRights.mayEditOrganization(actor, merged.getCountryIso3())
				&& EditingRights.mayEditOrganization(actor, survivor.getCountryIso3()), "organization");
		if (id == survivorId) {
			throw new EntryRefused("target", "directory.merge.self");
		}
		for (Contact c : contacts.findByOrganization(id)) {
			Map<String, String> before = Snapshots.of(c);
			c.moveTo(survivorId);
			c.indexAs(searchTexts.of(c, survivor));
			audit.record(actor, Directory.CONTACT, c.getId(), "UPDATED", before, Snapshots.of(c));
		}
		for (Position p : positions.findByOrganization(id)) {
			Map<String, String> before = Snapshots.of(p);
			p.moveTo(survivorId);
			reindex(p);
			audit.record(actor, Directory.POSITION, p.getId(), "UPDATED", before, Snapshots.of(p));
		}
		for (Organization child : organizations.findChildren(id)) {
			Map<String, String> before = Snapshots.of(child);
			// The survivor cannot become its own parent: it takes the merged one's place instead.
			child.reparent(child.getId() == survivorId ? merged.getParentId() : survivorId);
			child.indexAs(searchTexts.of(child, parent(child)));
			audit.record(actor, Directory.ORGANIZATION, child.getId(), "UPDATED", before, Snapshots.of(child));
		}
		Map<String, String> before = Snapshots.of(merged);
		merged.mergeInto(survivorId);
		Map<String, String> after = Snapshots.of(merged);
		after.put("mergedInto", String.valueOf(survivorId));
		audit.record(actor, Directory.ORGANIZATION, id, "MERGED", before, after);
		audit.record(actor, Directory.ORGANIZATION, survivorId, "MERGED", Map.of(),
				Map.of("mergedFrom", merged.getName() + " (" + id + ")"));
	}

	private void reindexDependantsOf(Organization o) {
		contacts.findByOrganization(o.getId()).forEach(c -> c.indexAs(searchTexts.of(c, o)));
		positions.findByOrganization(o.getId()).forEach(this::reindex);
		organizations.findChildren(o.getId()).forEach(child -> child.indexAs(searchTexts.of(child, o)));
	}

	private void reindex(Position p) {
		String holder = p.current().flatMap(t -> contacts.findById(t.getContactId())).map(Contact::fullName)
			.orElse(null);
		p.indexAs(searchTexts.of(p, organizationOf(p.getOrganizationId()), holder));
	}

	/** An organisation may not sit below itself, however far down. */
	private void checkParent(long id, Long parentId) {
		Set<Long> seen = new HashSet<>();
		Long next = parentId;
		while (next != null && seen.add(next)) {
			if (next == id) {
				throw new EntryRefused("parentId", "directory.organization.parentCycle");
			}
			next = organizations.findById(next).map(Organization::getParentId).orElse(null);
		}
	}

	private static void checkVersion(int current, int sent, Class<?> type, long id) {
		if (current != sent) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	private Organization activeOrganization(long id) {
		return organizations.findActive(id).orElseThrow(() -> new NotFoundException("organization"));
	}

	private Organization organizationOf(Long id) {
		return id == null ? null
				: organizations.findActive(id).orElseThrow(() -> new EntryRefused("organizationId",
						"directory.validation.unknownOrganization"));
	}

	private Organization parent(Organization o) {
		return o.getParentId() == null ? null : organizations.findById(o.getParentId()).orElse(null);
	}

	private static String country(Organization o) {
		return o == null ? null : o.getCountryIso3();
	}
}
