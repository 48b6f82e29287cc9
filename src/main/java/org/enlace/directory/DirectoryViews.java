package org.enlace.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the directory facade returns: read-only views, already filtered for the actor. */
public final class DirectoryViews {

	private DirectoryViews() {
	}

	/** An organisation as a page shows it. */
	public record OrganizationView(long id, String acronym, String name, OrganizationKind kind, String countryIso3,
			Long parentId, String parentName, String website, Set<Integer> themes, Set<String> mechanisms,
			LocalDate lastVerified, boolean stale, int version, boolean editable) {
	}

	/**
	 * A contact. {@code email} and {@code phone} are null unless the actor may see contact details.
	 */
	public record ContactView(long id, String honorific, String givenName, String familyName, String jobTitle,
			Long organizationId, String organizationName, String countryIso3, String email, String phone,
			List<String> languages, Set<Integer> themes, boolean demo, LocalDate lastVerified, boolean stale,
			int version, boolean editable) {

		public String fullName() {
			return (givenName + " " + familyName).strip();
		}
	}

	/** A seat with its current holder and the history of holders, newest first. */
	public record PositionView(long id, String title, Long organizationId, String organizationName,
			String countryIso3, String mechanismCode, String bodyCode, boolean focalPoint, HolderView currentHolder,
			List<HolderView> history, LocalDate lastVerified, boolean stale, int version, boolean editable) {
	}

	public record HolderView(long contactId, String name, LocalDate from, LocalDate until, boolean demo) {
	}

	/** An organisation named in a list: a child, a likely duplicate, a merge target. */
	public record EntryLink(long id, String name, String acronym) {

		public String label() {
			return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
		}
	}

	/** A contact to pick, e.g. as a seat's new holder. */
	public record ContactChoice(long id, String name, String organizationAcronym) {
	}
}
