package org.enlace.commitments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enlace.accounts.Accounts;
import org.enlace.audit.AuditTrail;
import org.enlace.commitments.ChangeRefused.Problem;
import org.enlace.commitments.Commitments.Placed;
import org.enlace.directory.Directory;
import org.enlace.directory.DirectoryViews.EntryLink;
import org.enlace.directory.OrganizationKind;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.NotFoundException;
import org.enlace.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest in funding an agreed measure, registered from the needs and funding
 * board by a donor or development bank. They are not public: the organisation that made one and the
 * secretariat of the mechanism that adopted the measure see it (admins see all), the secretariat
 * acknowledges it, the organisation may withdraw it.
 */
@Service
public class FundingInterests {

	/** The organisations that may express an interest in funding. */
	public static final Set<OrganizationKind> FUNDERS = Set.of(OrganizationKind.DONOR, OrganizationKind.DEVELOPMENT_BANK);

	static final String ENTITY_TYPE = "funding_interest";

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");

	private static final int MAX_MESSAGE = 2000;

	private final Commitments commitments;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	FundingInterests(Commitments commitments, Directory directory, JdbcClient jdbc, AuditTrail audit,
			Accounts accounts, ApplicationEventPublisher events) {
		this.commitments = commitments;
		this.directory = directory;
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.events = events;
	}

	/** How the funder thinks of supporting the measure. */
	public enum Modality {

		GRANT, LOAN, TECHNICAL_ASSISTANCE, IN_KIND, OTHER;

		/** The modality of that exact name; null for anything else, which the register call refuses. */
		public static Modality named(String name) {
			for (Modality m : values()) {
				if (m.name().equals(name)) {
					return m;
				}
			}
			return null;
		}
	}

	public enum Status {
		OPEN, ACKNOWLEDGED, WITHDRAWN
	}

	/** What a funder sends; the amount (US dollars, indicative) and the message are optional. */
	public record InterestDraft(Long organizationId, BigDecimal amountUsd, Modality modality, String message) {
	}

	/** One expression of interest as its readers see it, with what the reader may do to it. */
	public record InterestView(long id, long measureId, String measureCode, Translated measureTitle,
			String mechanismCode, long organizationId, String organization, BigDecimal amountUsd, Modality modality,
			String message, Status status, String createdBy, String contactName, String contactEmail, Instant createdAt,
			String reviewedBy,
			boolean mayAcknowledge, boolean mayWithdraw) {
	}

	/** The donors and development banks the actor may speak for: its own as a partner, all of them as admin. */
	@Transactional(readOnly = true)
	public List<EntryLink> organizationsFor(Actor actor) {
		if (!actor.isSignedIn()) {
			return List.of();
		}
		return directory.organizationsOfKind(FUNDERS)
			.stream()
			.filter(o -> actor.isPartnerOf(String.valueOf(o.id())))
			.toList();
	}

	/** Registers an interest in a measure the actor may see; returns its id. */
	@Transactional
	public long register(Actor actor, long measureId, InterestDraft draft) {
		return register(actor, measureId, draft, true);
	}

	/** As {@link #register(Actor, long, InterestDraft)}; demo data tells no one. */
	long register(Actor actor, long measureId, InterestDraft draft, boolean tellSecretariat) {
		if (!actor.isSignedIn()) {
			throw new ForbiddenException("expressing interest needs an account");
		}
		Placed placed = commitments.placed(actor, measureId).orElseThrow(() -> new NotFoundException("measure " + measureId));
		List<EntryLink> mine = organizationsFor(actor);
		if (mine.isEmpty()) {
			throw new ForbiddenException("only donors and development banks express interest");
		}
		List<Problem> problems = new ArrayList<>();
		Long organizationId = draft.organizationId();
		if (organizationId == null && mine.size() == 1) {
			organizationId = mine.get(0).id();
		}
		final Long chosen = organizationId;
		if (chosen == null || mine.stream().noneMatch(o -> o.id() == chosen)) {
			problems.add(new Problem("organizationId", "commitments.interest.validation.organization"));
		}
		else if (jdbc.sql("select count(*) from funding_interest where measure_id = ? and organization_id = ? and status <> 'WITHDRAWN'")
			.params(measureId, chosen)
			.query(Long.class)
			.single() > 0) {
			problems.add(new Problem("organizationId", "commitments.interest.validation.duplicate"));
		}
		BigDecimal amount = draft.amountUsd();
		if (amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > 2)) {
			problems.add(new Problem("amountUsd", "commitments.interest.validation.amount"));
		}
		if (draft.modality() == null) {
			problems.add(new Problem("modality", "commitments.interest.validation.modality"));
		}
		String message = draft.message() == null || draft.message().isBlank() ? null : draft.message().strip();
		if (message != null && message.length() > MAX_MESSAGE) {
			problems.add(new Problem("message", "commitments.interest.validation.message"));
		}
		if (!problems.isEmpty()) {
			throw new ChangeRefused(problems);
		}
		long id = jdbc.sql("""
				insert into funding_interest (measure_id, organization_id, amount_usd, modality, message, created_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(measureId, chosen, amount, draft.modality().name(), message, actor.username())
			.query(Long.class)
			.single();
		Map<String, String> after = new LinkedHashMap<>();
		after.put("measure", placed.measure().getCode());
		after.put("organization", String.valueOf(chosen));
		after.put("amountUsd", amount == null ? null : amount.toPlainString());
		after.put("modality", draft.modality().name());
		after.put("message", message);
		audit.record(actor, ENTITY_TYPE, id, "CREATED", null, after);
		if (tellSecretariat) {
			events.publishEvent(new InterestMails.InterestExpressed(measureId, placed.measure().getCode(),
					placed.instrument().getMechanismCode(), label(actor, chosen)));
		}
		return id;
	}

	/** The secretariat of the measure's mechanism has seen the interest and will follow it up. */
	@Transactional
	public void acknowledge(Actor actor, long id) {
		InterestView interest = visible(actor, id);
		if (!actor.isSecretariatOf(interest.mechanismCode())) {
			throw new ForbiddenException("acknowledging interest " + id);
		}
		move(actor, interest, Status.ACKNOWLEDGED);
	}

	/** The organisation that expressed the interest takes it back. */
	@Transactional
	public void withdraw(Actor actor, long id) {
		InterestView interest = visible(actor, id);
		if (!actor.isPartnerOf(String.valueOf(interest.organizationId()))) {
			throw new ForbiddenException("withdrawing interest " + id);
		}
		move(actor, interest, Status.WITHDRAWN);
	}

	/** Every interest the actor may read, newest first. */
	@Transactional(readOnly = true)
	public List<InterestView> readable(Actor actor) {
		return read(actor, null);
	}

	/** The interests in one measure the actor may read, newest first. */
	@Transactional(readOnly = true)
	public List<InterestView> ofMeasure(Actor actor, long measureId) {
		commitments.placed(actor, measureId).orElseThrow(() -> new NotFoundException("measure " + measureId));
		return read(actor, measureId);
	}

	/**
	 * What the funding board shows of the interests the actor may read: per measure how many are
	 * live (open or acknowledged), and the measures where the actor's own organisation has a live one
	 * (no second one is offered there).
	 */
	@Transactional(readOnly = true)
	public OnBoard onBoard(Actor actor) {
		Map<Long, Integer> counts = new HashMap<>();
		Set<Long> own = new HashSet<>();
		for (InterestView i : read(actor, null)) {
			if (i.status() != Status.WITHDRAWN) {
				counts.merge(i.measureId(), 1, Integer::sum);
			}
			if (i.mayWithdraw()) {
				own.add(i.measureId());
			}
		}
		return new OnBoard(counts, own);
	}

	/** See {@link #onBoard(Actor)}. */
	public record OnBoard(Map<Long, Integer> liveCounts, Set<Long> ownLive) {
	}

	private InterestView visible(Actor actor, long id) {
		return read(actor, null).stream()
			.filter(i -> i.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("funding interest " + id));
	}

	private void move(Actor actor, InterestView interest, Status to) {
		if (interest.status() == Status.WITHDRAWN || interest.status() == to) {
			throw ChangeRefused.because("status", "commitments.interest.validation.status");
		}
		jdbc.sql("update funding_interest set status = ?, reviewed_by = ?, reviewed_at = now() where id = ?")
			.params(to.name(), actor.username(), interest.id())
			.update();
		audit.record(actor, ENTITY_TYPE, interest.id(), to.name(), Map.of("status", interest.status().name()),
				Map.of("status", to.name()));
	}

	/**
	 * The rows the actor may read, filtered in the query: interests made by the actor's
	 * organisations, and interests in measures of the mechanisms the actor is secretariat of.
	 */
	private List<InterestView> read(Actor actor, Long measureId) {
		if (!actor.isSignedIn()) {
			return List.of();
		}
		Set<Long> organizations = new HashSet<>();
		for (String scope : actor.scopesOf(Role.PARTNER)) {
			if (scope.matches("\\d{1,18}")) {
				organizations.add(Long.valueOf(scope));
			}
		}
		Set<Long> measures = new HashSet<>();
		actor.scopesOf(Role.SECRETARIAT).forEach(code -> measures.addAll(commitments.measureIdsOf(code)));
		boolean all = actor.isAdmin();
		if (!all && organizations.isEmpty() && measures.isEmpty()) {
			return List.of();
		}
		record Row(long id, long measureId, long organizationId, BigDecimal amount, String modality, String message,
				String status, String createdBy, Instant createdAt, String reviewedBy) {
		}
		List<Row> rows = jdbc.sql("""
				select id, measure_id, organization_id, amount_usd, modality, message, status, created_by, created_at,
				  reviewed_by
				from funding_interest
				where (:measure::bigint is null or measure_id = :measure)
				  and (:all or organization_id = any(:organizations) or measure_id = any(:measures))
				order by created_at desc, id desc""")
			.param("measure", measureId)
			.param("all", all)
			.param("organizations", organizations.toArray(Long[]::new))
			.param("measures", measures.toArray(Long[]::new))
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10)))
			.list();
		Map<Long, java.util.Optional<Placed>> places = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		// Whoever may read an interest may write to the person who expressed it.
		Map<String, java.util.Optional<Accounts.AccountView>> people = new HashMap<>();
		List<InterestView> views = new ArrayList<>();
		for (Row r : rows) {
			var place = places.computeIfAbsent(r.measureId(), m -> commitments.placed(actor, m));
			if (place.isEmpty()) {
				continue;
			}
			String mechanism = place.get().instrument().getMechanismCode();
			String organization = names.computeIfAbsent(r.organizationId(), o -> label(actor, o));
			Status status = Status.valueOf(r.status());
			boolean ownOrganization = actor.isPartnerOf(String.valueOf(r.organizationId()));
			var person = people.computeIfAbsent(r.createdBy(), accounts::find);
			views.add(new InterestView(r.id(), r.measureId(), place.get().measure().getCode(),
					place.get().measure().title(), mechanism, r.organizationId(), organization, r.amount(),
					Modality.valueOf(r.modality()), r.message(), status, r.createdBy(),
					person.map(Accounts.AccountView::displayName).orElse(null),
					person.map(Accounts.AccountView::email).orElse(null), r.createdAt(), r.reviewedBy(),
					status == Status.OPEN && actor.isSecretariatOf(mechanism),
					status != Status.WITHDRAWN && ownOrganization));
		}
		return views;
	}

	private String label(Actor actor, long organizationId) {
		try {
			var o = directory.organization(actor, organizationId);
			return o.acronym() == null || o.acronym().isBlank() ? o.name() : o.acronym() + " — " + o.name();
		}
		catch (NotFoundException gone) {
			return "#" + organizationId;
		}
	}
}
