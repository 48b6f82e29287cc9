package org.enlace.interop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.enlace.activities.ActivityRecord;

/**
 * The activities as CSV in the spreadsheet format: column names, the HXL row, then one row per
 * activity. UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends, like the directory's.
 */
final class ActivityCsv implements AutoCloseable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CSVPrinter printer;

	private final List<ActivityColumn> columns;

	ActivityCsv(OutputStream out, List<ActivityColumn> columns) throws IOException {
		this.columns = columns;
		var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BYTE_ORDER_MARK);
		this.printer = CSVFormat.RFC4180.print(writer);
		printer.printRecord(columns.stream().map(ActivityColumn::header).toList());
		printer.printRecord(columns.stream().map(ActivityColumn::hxl).toList());
	}

	void row(ActivityRecord activity) {
		List<String> values = new ArrayList<>(columns.size());
		for (ActivityColumn column : columns) {
			values.add(text(column.value().apply(activity)));
		}
		try {
			printer.printRecord(values);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal n) {
			return n.toPlainString();
		}
		return value instanceof String s ? FormulaGuard.neutralise(s) : String.valueOf(value);
	}

	/** Flushes what is left; the stream stays open for the servlet container to close. */
	@Override
	public void close() throws IOException {
		printer.flush();
	}
}
