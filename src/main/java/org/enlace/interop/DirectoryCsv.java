package org.enlace.interop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV for the whole directory: every column of {@link DirectoryColumn}, a {@code record_type}
 * first, the translated header row, then the HXL hashtag row, then the rows. UTF-8 with a byte order
 * mark (so spreadsheet programs read accents right), RFC 4180 quoting and CRLF line ends.
 */
final class DirectoryCsv implements AutoCloseable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CSVPrinter printer;

	private final List<DirectoryColumn> columns = List.of(DirectoryColumn.values());

	DirectoryCsv(OutputStream out, Function<DirectoryColumn, String> header) throws IOException {
		var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BYTE_ORDER_MARK);
		this.printer = CSVFormat.RFC4180.print(writer);
		printer.printRecord(columns.stream().map(header).map(FormulaGuard::neutralise).toList());
		printer.printRecord(columns.stream().map(c -> c.hxl).toList());
	}

	/** Writes one row; {@code cell} gives each column's value. */
	void row(Function<DirectoryColumn, Object> cell) {
		List<String> values = new ArrayList<>(columns.size());
		for (DirectoryColumn column : columns) {
			values.add(text(cell.apply(column)));
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
		return value instanceof String s ? FormulaGuard.neutralise(s) : String.valueOf(value);
	}

	/** Flushes what is left; the stream stays open for the servlet container to close. */
	@Override
	public void close() throws IOException {
		printer.flush();
	}
}
