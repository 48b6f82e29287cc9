package org.enlace.interop;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV in the HXL shape every export here uses: the header row, the HXL hashtag row, then the
 * rows. UTF-8 with a byte order mark (so spreadsheet programs read accents right), RFC 4180 quoting,
 * CRLF line ends, and text cells kept from being read as formulas.
 */
final class HxlCsv implements AutoCloseable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CSVPrinter printer;

	HxlCsv(OutputStream out, List<String> headers, List<String> hashtags) throws IOException {
		var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BYTE_ORDER_MARK);
		this.printer = CSVFormat.RFC4180.print(writer);
		printer.printRecord(headers.stream().map(FormulaGuard::neutralise).toList());
		printer.printRecord(hashtags);
	}

	/** Writes one row, the values in the order of the headers. */
	void row(List<?> values) {
		try {
			printer.printRecord(values.stream().map(HxlCsv::text).toList());
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
