package org.enlace.interop;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.enlace.activities.ActivityDraft.Location;
import org.enlace.activities.ActivityDraft.OtherIdentifier;
import org.enlace.activities.ActivityRecord;
import org.enlace.activities.ActivityRecord.Participant;
import org.enlace.activities.ActivityRecord.Party;
import org.enlace.activities.ActivityRecord.Transaction;
import org.enlace.activities.ActivityViews.CountryShare;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.LocalizedText;

/**
 * Activities as an IATI 2.03 activity file, streamed with StAX. Elements follow the order of the
 * schema's {@code iati-activity} sequence. An activity IATI cannot carry (no date at all, or no
 * participant) is left out and counted in a comment, so the file stays valid.
 */
final class IatiActivities implements AutoCloseable {

	/** The Global Compact for Migration, whose 23 objectives are the {@code sector} codes of vocabulary 99. */
	static final String GCM_VOCABULARY_URI = "https://undocs.org/A/RES/73/195";

	private static final String WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

	private static final List<String> LANGUAGES = List.of("es", "en", "fr");

	/** Reporting organisation: the accountable one, else funding, extending, implementing. */
	private static final List<Integer> REPORTING_ROLES = List.of(2, 1, 3, 4);

	private final XMLStreamWriter xml;

	private final ReferenceData reference;

	private final IatiOrganisations organisations;

	private int leftOut;

	IatiActivities(OutputStream out, ReferenceData reference, IatiOrganisations organisations, Instant now)
			throws XMLStreamException {
		this.reference = reference;
		this.organisations = organisations;
		this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("iati-activities");
		xml.writeAttribute("version", "2.03");
		xml.writeAttribute("generated-datetime", dateTime(now));
		xml.writeCharacters("\n");
	}

	void activity(ActivityRecord a) throws XMLStreamException {
		if (a.participants().isEmpty() || dates(a).isEmpty()) {
			leftOut++;
			return;
		}
		xml.writeStartElement("iati-activity");
		if (a.lastUpdated() != null) {
			xml.writeAttribute("last-updated-datetime", dateTime(a.lastUpdated()));
		}
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", a.originalLanguage());
		xml.writeAttribute("default-currency", a.currency());
		element("iati-identifier", a.identifier());
		reportingOrg(a);
		narratives("title", a.title());
		xml.writeStartElement("description");
		xml.writeAttribute("type", "1");
		// IATI requires a description; an activity recorded without one repeats its title.
		writeNarratives(a.description().isEmpty() ? a.title() : a.description());
		xml.writeEndElement();
		for (Participant p : a.participants()) {
			xml.writeStartElement("participating-org");
			attribute("ref", organisations.identifier(p).orElse(null));
			attribute("type", IatiOrganisations.type(p.kind()));
			xml.writeAttribute("role", String.valueOf(p.role()));
			narrative(p.name(), null);
			xml.writeEndElement();
		}
		for (OtherIdentifier o : a.otherIdentifiers()) {
			xml.writeStartElement("other-identifier");
			xml.writeAttribute("ref", clean(o.value()));
			// B9 "other identifier"; the kind of identifier is said by the owner's narrative.
			xml.writeAttribute("type", "B9");
			xml.writeStartElement("owner-org");
			narrative(o.type(), null);
			xml.writeEndElement();
			xml.writeEndElement();
		}
		empty("activity-status", "code", String.valueOf(a.status()));
		for (Map.Entry<String, LocalDate> d : dates(a).entrySet()) {
			xml.writeEmptyElement("activity-date");
			xml.writeAttribute("type", d.getKey());
			xml.writeAttribute("iso-date", d.getValue().toString());
		}
		for (CountryShare c : a.countries()) {
			xml.writeEmptyElement("recipient-country");
			xml.writeAttribute("code", reference.country(c.iso3()).map(k -> k.iso2()).orElse(c.iso3()));
			attribute("percentage", c.percentage() == null ? null : ActivityColumn.plain(c.percentage()));
		}
		for (Location l : a.locations()) {
			location(l);
		}
		sectors(a.gcmObjectives());
		for (String target : a.sdgTargets()) {
			xml.writeEmptyElement("tag");
			xml.writeAttribute("vocabulary", "3");
			xml.writeAttribute("code", clean(target));
		}
		budget(a);
		for (Transaction t : a.transactions()) {
			transaction(t);
		}
		xml.writeEndElement();
		xml.writeCharacters("\n");
	}

	private void reportingOrg(ActivityRecord a) throws XMLStreamException {
		Participant reporting = a.participants()
			.stream()
			.min(Comparator.comparingInt(p -> REPORTING_ROLES.indexOf(p.role())))
			.orElseThrow();
		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", clean(organisations.reference(reporting)));
		String type = IatiOrganisations.type(reporting.kind());
		xml.writeAttribute("type", type == null ? IatiOrganisations.OTHER : type);
		narrative(reporting.name(), null);
		xml.writeEndElement();
	}

	/** IATI ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
	private static Map<String, LocalDate> dates(ActivityRecord a) {
		Map<String, LocalDate> dates = new java.util.LinkedHashMap<>();
		putIfPresent(dates, "1", a.plannedStart());
		putIfPresent(dates, "2", a.actualStart());
		putIfPresent(dates, "3", a.plannedEnd());
		putIfPresent(dates, "4", a.actualEnd());
		return dates;
	}

	private static void putIfPresent(Map<String, LocalDate> dates, String type, LocalDate date) {
		if (date != null) {
			dates.put(type, date);
		}
	}

	private void location(Location l) throws XMLStreamException {
		xml.writeStartElement("location");
		xml.writeStartElement("name");
		narrative(l.name(), null);
		xml.writeEndElement();
		if (l.latitude() != null && l.longitude() != null) {
			xml.writeStartElement("point");
			xml.writeAttribute("srsName", WGS84);
			element("pos", l.latitude().toPlainString() + " " + l.longitude().toPlainString());
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	/**
	 * GCM objectives as sectors of the reporting organisation's vocabulary (99), sharing 100 %
	 * equally (the last takes the rounding remainder) because IATI wants each vocabulary to add up.
	 */
	private void sectors(List<Integer> objectives) throws XMLStreamException {
		if (objectives.isEmpty()) {
			return;
		}
		BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(objectives.size()), 2, RoundingMode.DOWN);
		BigDecimal rest = BigDecimal.valueOf(100);
		for (int i = 0; i < objectives.size(); i++) {
			int number = objectives.get(i);
			BigDecimal percentage = i == objectives.size() - 1 ? rest : share;
			rest = rest.subtract(share);
			xml.writeStartElement("sector");
			xml.writeAttribute("vocabulary", "99");
			xml.writeAttribute("vocabulary-uri", GCM_VOCABULARY_URI);
			xml.writeAttribute("code", String.valueOf(number));
			xml.writeAttribute("percentage", ActivityColumn.plain(percentage));
			var objective = reference.objective(number);
			if (objective.isPresent()) {
				writeNarratives(objective.get().shortName());
			}
			else {
				narrative("GCM " + number, "en");
			}
			xml.writeEndElement();
		}
	}

	/** The whole budget as one original, indicative budget over the activity's (planned, else actual) span. */
	private void budget(ActivityRecord a) throws XMLStreamException {
		LocalDate start = a.plannedStart() != null ? a.plannedStart() : a.actualStart();
		LocalDate end = a.plannedEnd() != null ? a.plannedEnd() : a.actualEnd();
		if (a.budget() == null || start == null || end == null) {
			return;
		}
		xml.writeStartElement("budget");
		xml.writeAttribute("type", "1");
		xml.writeAttribute("status", "1");
		empty("period-start", "iso-date", start.toString());
		empty("period-end", "iso-date", end.toString());
		value(a.budget(), a.currency(), start);
		xml.writeEndElement();
	}

	private void transaction(Transaction t) throws XMLStreamException {
		xml.writeStartElement("transaction");
		empty("transaction-type", "code", String.valueOf(t.type()));
		empty("transaction-date", "iso-date", t.date().toString());
		value(t.value(), t.currency(), t.date());
		party("provider-org", t.provider());
		party("receiver-org", t.receiver());
		xml.writeEndElement();
	}

	private void party(String element, Party party) throws XMLStreamException {
		if (party == null) {
			return;
		}
		xml.writeStartElement(element);
		if (party.organizationId() != null) {
			attribute("ref", organisations
				.identifier(new Participant(party.organizationId(), party.acronym(), party.name(), null, 0))
				.orElse(null));
		}
		narrative(party.name(), null);
		xml.writeEndElement();
	}

	private void value(BigDecimal amount, String currency, LocalDate valueDate) throws XMLStreamException {
		xml.writeStartElement("value");
		xml.writeAttribute("currency", currency);
		xml.writeAttribute("value-date", valueDate.toString());
		xml.writeCharacters(amount.toPlainString());
		xml.writeEndElement();
	}

	private void narratives(String element, LocalizedText text) throws XMLStreamException {
		xml.writeStartElement(element);
		writeNarratives(text);
		xml.writeEndElement();
	}

	/** One narrative per language the text has, each marked with its language. */
	private void writeNarratives(LocalizedText text) throws XMLStreamException {
		for (String language : LANGUAGES) {
			String value = switch (language) {
				case "es" -> text.es();
				case "en" -> text.en();
				default -> text.fr();
			};
			if (value != null) {
				narrative(value, language);
			}
		}
	}

	private void narrative(String text, String language) throws XMLStreamException {
		xml.writeStartElement("narrative");
		if (language != null) {
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
		}
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private void element(String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private void empty(String name, String attribute, String value) throws XMLStreamException {
		xml.writeEmptyElement(name);
		xml.writeAttribute(attribute, value);
	}

	private void attribute(String name, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeAttribute(name, clean(value));
		}
	}

	/** Drops what XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE/U+FFFF). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(IatiActivities::allowed).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private static String dateTime(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** Ends the document; the stream stays open for the servlet container to close. */
	@Override
	public void close() throws XMLStreamException {
		if (leftOut > 0) {
			xml.writeComment(" " + leftOut + " matching activities left out: IATI needs at least one date and one participating organisation ");
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}
}
