package org.enlace.interop;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.StructuredName;
import org.enlace.directory.DirectoryListing.ContactRow;

/**
 * A contact as a vCard 4.0 (RFC 6350). E-mail and phone are in it only when the row has them,
 * that is when the reader is signed in.
 */
final class ContactCard {

	private ContactCard() {
	}

	static String of(ContactRow contact) {
		VCard card = new VCard();
		card.setFormattedName(contact.fullName());
		StructuredName name = new StructuredName();
		name.setFamily(contact.familyName());
		name.setGiven(contact.givenName());
		if (has(contact.honorific())) {
			name.getPrefixes().add(contact.honorific());
		}
		card.setStructuredName(name);
		if (has(contact.organizationName())) {
			card.setOrganization(contact.organizationName());
		}
		if (has(contact.jobTitle())) {
			card.addTitle(contact.jobTitle());
		}
		if (has(contact.email())) {
			card.addEmail(contact.email(), EmailType.WORK);
		}
		if (has(contact.phone())) {
			card.addTelephoneNumber(contact.phone(), TelephoneType.WORK, TelephoneType.VOICE);
		}
		contact.languages().forEach(card::addLanguage);
		return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
	}

	private static boolean has(String value) {
		return value != null && !value.isBlank();
	}
}
