package org.enlace.directory.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.enlace.directory.DirectoryListing;
import org.enlace.directory.DirectoryListing.ContactRow;
import org.enlace.directory.DirectoryListing.PositionRow;
import org.enlace.directory.DirectoryQuery;
import org.enlace.shared.Actor;
import org.enlace.shared.Grant;
import org.enlace.shared.PageOf;
import org.enlace.shared.Role;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@EnlaceTest
class DirectoryListingTests {

	static final Actor MEMBER = new Actor("demo.member", Set.of(new Grant(Role.MEMBER, null)));

	@Autowired
	DirectoryListing listing;

	@Test
	void streamingGivesThePagesRowsInTheSameOrder() {
		for (String text : List.of("", "ministerio", "migracion guatemala")) {
			List<Long> paged = new ArrayList<>();
			PageOf<DirectoryListing.OrganizationRow> page;
			int number = 0;
			do {
				page = listing.organizations(Actor.ANONYMOUS, query(text, number++, 7));
				page.items().forEach(o -> paged.add(o.id()));
			}
			while (page.hasNext());
			List<Long> streamed = new ArrayList<>();
			listing.forEachOrganization(Actor.ANONYMOUS, query(text, 0, 20), o -> streamed.add(o.id()));
			assertThat(streamed).as(text).isNotEmpty().isEqualTo(paged).hasSize((int) page.total());
		}
	}

	@Test
	void theQueryLeavesContactDetailsOutForTheAnonymous() {
		List<ContactRow> contacts = new ArrayList<>();
		listing.forEachContact(Actor.ANONYMOUS, query("", 0, 20), contacts::add);
		assertThat(contacts).isNotEmpty().allMatch(c -> c.email() == null && c.phone() == null);
		List<PositionRow> positions = new ArrayList<>();
		listing.forEachPosition(Actor.ANONYMOUS, query("", 0, 20), positions::add);
		assertThat(positions).filteredOn(p -> p.currentHolder() != null)
			.isNotEmpty()
			.allMatch(p -> p.currentHolder().email() == null && p.currentHolder().phone() == null);
		long someone = contacts.get(0).id();
		assertThat(listing.contact(Actor.ANONYMOUS, someone).email()).isNull();
	}

	@Test
	void signedInReadersGetContactDetails() {
		List<ContactRow> contacts = new ArrayList<>();
		listing.forEachContact(MEMBER, query("", 0, 20), contacts::add);
		assertThat(contacts).filteredOn(ContactRow::demo).isNotEmpty().allMatch(c -> c.email() != null);
		assertThat(listing.contacts(MEMBER, query("", 0, 100), null).items()).anyMatch(c -> c.phone() != null);
	}

	private static DirectoryQuery query(String text, int page, int size) {
		return new DirectoryQuery(text, null, null, null, null, null, null, page, size);
	}
}
