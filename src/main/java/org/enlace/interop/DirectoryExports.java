package org.enlace.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.enlace.directory.DirectoryListing;
import org.enlace.directory.DirectoryQuery;
import org.enlace.interop.DirectoryColumn.Names;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of the directory, of what the requester may see: the entries a search with the same
 * query finds (organisations, contacts, positions; {@link DirectoryQuery#entryType()} narrows to one
 * kind), streamed row by row. Contact e-mail and phone are empty for anonymous requesters because
 * {@link DirectoryListing} does not select them.
 */
@Service
public class DirectoryExports {

	static final String ORGANIZATION = "ORGANIZATION";

	static final String CONTACT = "CONTACT";

	static final String POSITION = "POSITION";

	private final DirectoryListing listing;

	private final ReferenceData reference;

	private final MessageSource messages;

	DirectoryExports(DirectoryListing listing, ReferenceData reference, MessageSource messages) {
		this.listing = listing;
		this.reference = reference;
		this.messages = messages;
	}

	/** Writes one CSV with every kind of entry, told apart by the {@code record_type} column. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void csv(Actor actor, DirectoryQuery query, Locale locale, OutputStream out) throws IOException {
		Names names = new Names(reference, locale);
		List<DirectoryColumn> all = List.of(DirectoryColumn.values());
		try (HxlCsv csv = new HxlCsv(out, all.stream().map(header(locale)).toList(), hashtags(all))) {
			if (includes(query, ORGANIZATION)) {
				listing.forEachOrganization(actor, query, row -> csv.row(values(all, c -> c.of(row, names))));
			}
			if (includes(query, CONTACT)) {
				listing.forEachContact(actor, query, row -> csv.row(values(all, c -> c.of(row, names))));
			}
			if (includes(query, POSITION)) {
				listing.forEachPosition(actor, query, row -> csv.row(values(all, c -> c.of(row, names))));
			}
		}
	}

	/** Writes an XLSX workbook with a sheet per kind of entry. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void xlsx(Actor actor, DirectoryQuery query, Locale locale, OutputStream out) throws IOException {
		Names names = new Names(reference, locale);
		Function<DirectoryColumn, String> header = header(locale);
		try (HxlWorkbook workbook = new HxlWorkbook()) {
			if (includes(query, ORGANIZATION)) {
				List<DirectoryColumn> sheet = DirectoryColumn.ORGANIZATION_SHEET;
				start(workbook, message("interop.sheet.organizations", locale), sheet, header);
				listing.forEachOrganization(actor, query, row -> workbook.row(values(sheet, c -> c.of(row, names))));
			}
			if (includes(query, CONTACT)) {
				List<DirectoryColumn> sheet = DirectoryColumn.CONTACT_SHEET;
				start(workbook, message("interop.sheet.contacts", locale), sheet, header);
				listing.forEachContact(actor, query, row -> workbook.row(values(sheet, c -> c.of(row, names))));
			}
			if (includes(query, POSITION)) {
				List<DirectoryColumn> sheet = DirectoryColumn.POSITION_SHEET;
				start(workbook, message("interop.sheet.positions", locale), sheet, header);
				listing.forEachPosition(actor, query, row -> workbook.row(values(sheet, c -> c.of(row, names))));
			}
			workbook.writeTo(out);
		}
	}

	/** A contact as a vCard 4.0; e-mail and phone only for signed-in requesters. */
	public String vcard(Actor actor, long contactId) {
		return ContactCard.of(listing.contact(actor, contactId));
	}

	private static void start(HxlWorkbook workbook, String name, List<DirectoryColumn> columns,
			Function<DirectoryColumn, String> header) {
		workbook.sheet(name, columns.stream().map(header).toList(), hashtags(columns),
				columns.stream().map(c -> c.width).toList());
	}

	private static List<String> hashtags(List<DirectoryColumn> columns) {
		return columns.stream().map(c -> c.hxl).toList();
	}

	private static List<Object> values(List<DirectoryColumn> columns, Function<DirectoryColumn, Object> cell) {
		List<Object> values = new java.util.ArrayList<>(columns.size());
		columns.forEach(c -> values.add(cell.apply(c)));
		return values;
	}

	private static boolean includes(DirectoryQuery query, String entryType) {
		return query.entryType() == null || query.entryType().isBlank() || query.entryType().equals(entryType);
	}

	private Function<DirectoryColumn, String> header(Locale locale) {
		return column -> message(column.headerKey(), locale);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
