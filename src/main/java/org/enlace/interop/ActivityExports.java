package org.enlace.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.enlace.activities.ActivityRecord;
import org.enlace.activities.ActivityRecords;
import org.enlace.activities.ActivityViews.ActivityFilter;
import org.enlace.platform.EnlaceProperties;
import org.enlace.reference.ReferenceData;
import org.enlace.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of the activities matching the filters of the activities table, as the requester may see
 * them: CSV and XLSX in the activities spreadsheet format (so an export can be edited and imported
 * again) and an IATI 2.03 activity file. Everything is streamed; one database snapshot serves an
 * export.
 */
@Service
public class ActivityExports {

	private final ActivityRecords records;

	private final ReferenceData reference;

	private final MessageSource messages;

	private final List<ActivityColumn> columns;

	private final IatiOrganisations organisations = new IatiOrganisations();

	/** Characters; the spreadsheet columns hold short codes and lists. */
	private static final int COLUMN_WIDTH = 18;

	private final Clock clock = Clock.systemUTC();

	ActivityExports(ActivityRecords records, ReferenceData reference, MessageSource messages,
			EnlaceProperties properties) {
		this.records = records;
		this.reference = reference;
		this.messages = messages;
		this.columns = ActivityColumn.all(properties.baseUrl());
	}

	/** The spreadsheet format as CSV: column names, HXL hashtags, one row per activity. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void csv(Actor actor, ActivityFilter filter, OutputStream out) throws IOException {
		try (HxlCsv csv = new HxlCsv(out, headers(), hashtags())) {
			records.forEach(actor, filter, a -> csv.row(values(a)));
		}
	}

	/** The spreadsheet format as an XLSX workbook with one sheet named in the requester's language. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void xlsx(Actor actor, ActivityFilter filter, Locale locale, OutputStream out) throws IOException {
		try (HxlWorkbook workbook = new HxlWorkbook()) {
			workbook.sheet(messages.getMessage("interop.sheet.activities", null, locale), headers(), hashtags(),
					java.util.Collections.nCopies(columns.size(), COLUMN_WIDTH));
			records.forEach(actor, filter, a -> workbook.row(values(a)));
			workbook.writeTo(out);
		}
	}

	private List<String> headers() {
		return columns.stream().map(ActivityColumn::header).toList();
	}

	private List<String> hashtags() {
		return columns.stream().map(ActivityColumn::hxl).toList();
	}

	private List<Object> values(ActivityRecord activity) {
		List<Object> values = new java.util.ArrayList<>(columns.size());
		columns.forEach(c -> values.add(c.value().apply(activity)));
		return values;
	}

	/** An IATI 2.03 {@code iati-activities} document; see {@link IatiActivities} for the mapping. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void iatiXml(Actor actor, ActivityFilter filter, OutputStream out) throws IOException {
		try (IatiActivities iati = new IatiActivities(out, reference, organisations, clock.instant())) {
			records.forEach(actor, filter, a -> {
				try {
					iati.activity(a);
				}
				catch (XMLStreamException e) {
					throw new UncheckedIOException(new IOException(e));
				}
			});
		}
		catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}
}
