package org.enlace.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.enlace.audit.AuditTrail;
import org.enlace.platform.web.Languages;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping entries fresh: whoever holds a signed link ({@code /verify/{type}/{id}?expires=…&sig=…})
 * may confirm that entry is still right, without an account; editors send such links by e-mail.
 * A link names one entry and stops working when it expires; nothing else is needed to trust it.
 */
@Service
public class EntryConfirmations {

	/** How long an e-mailed link works. */
	static final Duration VALIDITY = Duration.ofDays(30);

	private final OrganizationRepository organizations;

	private final ContactRepository contacts;

	private final PositionRepository positions;

	private final LinkSigner signer;

	private final ConfirmationMails mails;

	private final AuditTrail audit;

	private final Clock clock = Clock.systemDefaultZone();

	EntryConfirmations(OrganizationRepository organizations, ContactRepository contacts,
			PositionRepository positions, LinkSigner signer, ConfirmationMails mails, AuditTrail audit) {
		this.organizations = organizations;
		this.contacts = contacts;
		this.positions = positions;
		this.signer = signer;
		this.mails = mails;
		this.audit = audit;
	}

	/** The path of a link confirming this entry, working until {@code expires} (epoch seconds). */
	public String signedPath(String type, long id, long expires) {
		return "/verify/" + type + "/" + id + "?expires=" + expires + "&sig=" + signer.sign(type, id, expires);
	}

	/**
	 * What a link confirms, when it is genuine and current: the entry's name. A link that was not
	 * signed by us (or names an unknown entry) is not found; an expired one is {@link LinkExpired}.
	 */
	@Transactional(readOnly = true)
	public String check(String type, long id, long expires, String signature) {
		if (!signer.isValid(type, id, expires, signature)) {
			throw new NotFoundException("link");
		}
		if (clock.instant().getEpochSecond() > expires) {
			throw new LinkExpired();
		}
		java.util.Optional<String> name = switch (type) {
			case Directory.ORGANIZATION -> organizations.findActive(id).map(Organization::getName);
			case Directory.CONTACT -> contacts.findById(id).map(Contact::fullName);
			case Directory.POSITION -> positions.findById(id).map(Position::getTitle);
			default -> java.util.Optional.empty();
		};
		return name.orElseThrow(() -> new NotFoundException(type));
	}

	/** Sets the entry's last verified date to today, once the link is checked as {@link #check} does. */
	@Transactional
	public void confirm(Actor actor, String type, long id, long expires, String signature) {
		check(type, id, expires, signature);
		LocalDate today = LocalDate.now(clock);
		LocalDate before = switch (type) {
			case Directory.ORGANIZATION -> {
				Organization o = organizations.findActive(id).orElseThrow();
				LocalDate was = o.getLastVerified();
				o.verified(today);
				yield was;
			}
			case Directory.CONTACT -> {
				Contact c = contacts.findById(id).orElseThrow();
				LocalDate was = c.getLastVerified();
				c.verified(today);
				yield was;
			}
			default -> {
				Position p = positions.findById(id).orElseThrow();
				LocalDate was = p.getLastVerified();
				p.verified(today);
				yield was;
			}
		};
		audit.record(actor, type, id, "VERIFIED", Map.of("lastVerified", String.valueOf(before)),
				Map.of("lastVerified", String.valueOf(today)));
	}

	/**
	 * Mails the contact a link confirming their entry, in their first language the platform speaks.
	 * False when the contact has no e-mail address or the mail server failed.
	 */
	@Transactional(readOnly = true)
	public boolean requestConfirmation(Actor actor, long contactId) {
		Contact c = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact"));
		String country = c.getOrganizationId() == null ? null
				: organizations.findById(c.getOrganizationId()).map(Organization::getCountryIso3).orElse(null);
		EditingRights.require(EditingRights.mayEditContact(actor, country), "contact");
		return send(c, Directory.CONTACT, contactId);
	}

	/** Mails the seat's current holder a link confirming the seat; false when vacant or not sent. */
	@Transactional(readOnly = true)
	public boolean requestPositionConfirmation(Actor actor, long positionId) {
		Position p = positions.findById(positionId).orElseThrow(() -> new NotFoundException("position"));
		EditingRights.require(EditingRights.mayEditPosition(actor, p.getCountryIso3(), p.getMechanismCode()),
				"position");
		return p.current()
			.flatMap(term -> contacts.findById(term.getContactId()))
			.map(holder -> send(holder, Directory.POSITION, positionId))
			.orElse(false);
	}

	private boolean send(Contact to, String type, long id) {
		if (to.getEmail() == null || to.getEmail().isBlank()) {
			return false;
		}
		long expires = clock.instant().plus(VALIDITY).getEpochSecond();
		String language = to.getLanguages().stream().filter(Languages::isSupported).findFirst().orElse(null);
		return mails.sendConfirmationRequest(to.getEmail(), language, to.fullName(), signedPath(type, id, expires));
	}

	/** A genuine link whose time is up. */
	public static class LinkExpired extends RuntimeException {

		LinkExpired() {
			super("link expired", null, false, false);
		}
	}
}
