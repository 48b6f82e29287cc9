package org.enlace.mechanisms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.enlace.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On first start, carries the region's mechanisms (members, observers, bodies, presidencies) from
 * {@code classpath:reference/mechanisms.json} into the database. After that the secretariats keep
 * them, so it never overwrites. The instruments in the same file are the commitments module's.
 */
@Component
@Order(10)
class MechanismLoader implements ApplicationRunner {

	private final MechanismRepository mechanisms;

	private final JsonMapper json;

	MechanismLoader(MechanismRepository mechanisms, JsonMapper json) {
		this.mechanisms = mechanisms;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (mechanisms.count() > 0) {
			return;
		}
		JsonNode root;
		try (InputStream in = new ClassPathResource("reference/mechanisms.json").getInputStream()) {
			root = json.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (JsonNode node : root.get("mechanisms")) {
			mechanisms.saveAndFlush(toMechanism(node));
		}
	}

	private static Mechanism toMechanism(JsonNode n) {
		String code = n.get("code").asString();
		Integer established = n.has("established") ? n.get("established").asInt() : null;
		String notes = text(n, "notes");
		if (notes == null) {
			notes = firstNonNull(text(n, "members_note"), text(n, "_members_note"));
		}
		Mechanism m = new Mechanism(code, localized(n.get("acronym")), localized(n.get("name")), text(n, "type"),
				established, text(n, "secretariat"), text(n, "presidency_rotation"), notes);
		// LAD is a declaration: its states are signatories rather than members.
		MembershipStatus joined = "declaration with action packages".equals(text(n, "type"))
				? MembershipStatus.SIGNATORY : MembershipStatus.MEMBER;
		// The shipped facts do not say when each state joined; founding year would be wrong for some.
		LocalDate since = null;
		for (JsonNode c : iterable(n.get("members"))) {
			m.addMembership(new Membership(c.asString(), joined, since, null));
		}
		for (JsonNode c : iterable(n.get("observer_countries"))) {
			m.addMembership(new Membership(c.asString(), MembershipStatus.OBSERVER, null, null));
		}
		for (JsonNode o : iterable(n.get("observer_organizations"))) {
			m.addObserverOrganization(o.asString());
		}
		for (JsonNode b : iterable(n.get("bodies"))) {
			m.addBody(new Body(new Keeping.BodyFacts(b.get("code").asString(), localized(b.get("name")),
					BodyKind.of(b.get("kind").asString()), text(b, "notes"))));
		}
		for (JsonNode p : iterable(n.get("presidencies"))) {
			int year = p.get("year").asInt();
			m.addPresidency(new Presidency(p.get("country").asString(), LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31)));
		}
		return m;
	}

	private static Iterable<JsonNode> iterable(JsonNode node) {
		return node == null ? java.util.List.of() : node;
	}

	private static LocalizedText localized(JsonNode node) {
		if (node == null) {
			return null;
		}
		return LocalizedText.of(text(node, "es"), text(node, "en"), text(node, "fr"));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static String firstNonNull(String a, String b) {
		return a != null ? a : b;
	}
}
