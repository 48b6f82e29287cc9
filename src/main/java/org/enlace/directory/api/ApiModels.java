package org.enlace.directory.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.enlace.directory.DirectoryListing.ContactRow;
import org.enlace.directory.DirectoryListing.Holder;
import org.enlace.directory.DirectoryListing.OrganizationRow;
import org.enlace.directory.DirectoryListing.PositionRow;

/**
 * What the directory API answers: records of its own, so the JSON stays stable when the pages'
 * views change. Contact details are null unless the caller is signed in.
 */
final class ApiModels {

	private ApiModels() {
	}

	@Schema(name = "OrganizationRef")
	record ApiOrganizationRef(long id, String name, String acronym) {

		static ApiOrganizationRef of(Long id, String name, String acronym) {
			return id == null ? null : new ApiOrganizationRef(id, name, acronym);
		}
	}

	@Schema(name = "Organization")
	record ApiOrganization(long id, String acronym, String name,
			@Schema(description = "GOVERNMENT, INTERNATIONAL, CIVIL_SOCIETY, ACADEMIA, DONOR or DEVELOPMENT_BANK") String type,
			@Schema(description = "ISO 3166-1 alpha-3; null for regional organisations") String country,
			ApiOrganizationRef parent, String website, @Schema(description = "GCM objectives (1-23)") List<Integer> themes,
			@Schema(description = "codes of the mechanisms it takes part in") List<String> mechanisms,
			LocalDate lastVerified, boolean stale) {

		static ApiOrganization of(OrganizationRow o) {
			return new ApiOrganization(o.id(), o.acronym(), o.name(), o.kind().name(), o.countryIso3(),
					ApiOrganizationRef.of(o.parentId(), o.parentName(), null), o.website(), o.themes(), o.mechanisms(),
					o.lastVerified(), o.stale());
		}
	}

	@Schema(name = "Contact")
	record ApiContact(long id, String honorific, String givenName, String familyName, String name, String jobTitle,
			ApiOrganizationRef organization, String country,
			@Schema(description = "only for signed-in callers (Bearer token); null otherwise") String email,
			@Schema(description = "only for signed-in callers (Bearer token); null otherwise") String phone,
			List<String> languages, List<Integer> themes,
			@Schema(description = "a fictional person of the demo dataset") boolean demo, LocalDate lastVerified,
			boolean stale) {

		static ApiContact of(ContactRow c) {
			return new ApiContact(c.id(), c.honorific(), c.givenName(), c.familyName(), c.fullName(), c.jobTitle(),
					ApiOrganizationRef.of(c.organizationId(), c.organizationName(), c.organizationAcronym()),
					c.countryIso3(), c.email(), c.phone(), c.languages(), c.themes(), c.demo(), c.lastVerified(),
					c.stale());
		}
	}

	@Schema(name = "Holder", description = "Who holds (until = null) or held a position")
	record ApiHolder(long contactId, String name, LocalDate from, LocalDate until, boolean demo, String email,
			String phone) {

		static ApiHolder of(Holder h) {
			return h == null ? null
					: new ApiHolder(h.contactId(), h.name(), h.from(), h.until(), h.demo(), h.email(), h.phone());
		}
	}

	@Schema(name = "Position")
	record ApiPosition(long id, String title, ApiOrganizationRef organization, String country, String mechanism,
			String body, boolean focalPoint, ApiHolder currentHolder, LocalDate lastVerified, boolean stale) {

		static ApiPosition of(PositionRow p) {
			return new ApiPosition(p.id(), p.title(),
					ApiOrganizationRef.of(p.organizationId(), p.organizationName(), p.organizationAcronym()),
					p.countryIso3(), p.mechanismCode(), p.bodyCode(), p.focalPoint(), ApiHolder.of(p.currentHolder()),
					p.lastVerified(), p.stale());
		}
	}

	@Schema(name = "PositionDetail", description = "A position with every holder, newest first")
	record ApiPositionDetail(long id, String title, ApiOrganizationRef organization, String country, String mechanism,
			String body, boolean focalPoint, ApiHolder currentHolder, List<ApiHolder> history, LocalDate lastVerified,
			boolean stale) {

		static ApiPositionDetail of(PositionRow p, List<Holder> history) {
			ApiPosition base = ApiPosition.of(p);
			return new ApiPositionDetail(base.id(), base.title(), base.organization(), base.country(), base.mechanism(),
					base.body(), base.focalPoint(), base.currentHolder(), history.stream().map(ApiHolder::of).toList(),
					base.lastVerified(), base.stale());
		}
	}
}
