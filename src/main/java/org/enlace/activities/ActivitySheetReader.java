package org.enlace.activities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.enlace.activities.ImportReport.Problem;

/**
 * Reads the data sheet of an XLSX workbook or a CSV file into rows of {@link ActivitySheetColumn}
 * values. The format is told by the bytes, not the file name. Anything that cannot be read as a
 * spreadsheet ends in {@link Unreadable} with a message key, never in a stack trace for the user.
 */
final class ActivitySheetReader {

	/** The largest part of a workbook that is unpacked; a real sheet of 5,000 activities stays well below. */
	static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

	static {
		// A workbook is a zip; these keep a few kilobytes from unpacking into gigabytes (a zip bomb).
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
	}

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private ActivitySheetReader() {
	}

	static ActivitySheet read(String fileName, byte[] bytes) throws Unreadable {
		if (isZip(bytes)) {
			return readWorkbook(bytes);
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (isBinary(bytes) || name.endsWith(".xlsx") || name.endsWith(".xls")) {
			throw new Unreadable("activities.import.unreadable");
		}
		return readCsv(bytes);
	}

	private static boolean isZip(byte[] b) {
		return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
	}

	/** Text has no NUL bytes; old .xls files, PDFs and images do within their first kilobytes. */
	private static boolean isBinary(byte[] b) {
		for (int i = 0; i < Math.min(b.length, 8192); i++) {
			if (b[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static ActivitySheet readWorkbook(byte[] bytes) throws Unreadable {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
				XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new Unreadable("activities.import.noRows");
			}
			// The template's data sheet wherever it was moved, else the first one.
			int data = workbook.getSheetIndex(ActivityTemplate.DATA_SHEET);
			Sheet sheet = workbook.getSheetAt(Math.max(data, 0));
			if (sheet.getPhysicalNumberOfRows() > ActivityImport.MAX_ROWS + 2) {
				throw new Unreadable("activities.import.tooManyRows", ActivityImport.MAX_ROWS);
			}
			List<RawRow> raw = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				List<Integer> formulas = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					Cell cell = row.getCell(c);
					if (cell != null && cell.getCellType() == CellType.FORMULA) {
						formulas.add(c);
						values.add(null);
					}
					else {
						values.add(cell == null ? null : text(cell));
					}
				}
				raw.add(new RawRow(row.getRowNum() + 1, values, formulas));
			}
			return ActivitySheet.of(raw);
		}
		catch (Unreadable e) {
			throw e;
		}
		catch (IOException | InvalidFormatException | RuntimeException e) {
			throw new Unreadable(isZipBomb(e) ? "activities.import.zipBomb" : "activities.import.unreadable",
					MAX_UNPACKED_BYTES / (1024 * 1024));
		}
	}

	private static boolean isZipBomb(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE"))) {
				return true;
			}
		}
		return false;
	}

	private static String text(Cell cell) {
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).toPlainString();
			default -> null;
		};
	}

	private static ActivitySheet readCsv(byte[] bytes) throws Unreadable {
		String text = decode(bytes);
		int firstLineEnd = text.indexOf('\n');
		String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
		// Empty lines still count, so that row numbers are those a spreadsheet program shows.
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<RawRow> raw = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				if (raw.size() > ActivityImport.MAX_ROWS + 2) {
					throw new Unreadable("activities.import.tooManyRows", ActivityImport.MAX_ROWS);
				}
				List<String> values = new ArrayList<>();
				List<Integer> formulas = new ArrayList<>();
				for (int c = 0; c < record.size(); c++) {
					String value = record.get(c);
					// A spreadsheet program would run it; refusing it keeps the data what it looks like.
					if (value.strip().startsWith("=")) {
						formulas.add(c);
						values.add(null);
					}
					else {
						values.add(value);
					}
				}
				raw.add(new RawRow((int) record.getRecordNumber(), values, formulas));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new Unreadable("activities.import.brokenCsv");
		}
		return ActivitySheet.of(raw);
	}

	/** UTF-8 with or without a byte order mark; bytes that are not UTF-8 are read as Windows-1252 (Latin-1). */
	static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, start, bytes.length - start, WINDOWS_1252);
		}
	}

	private static long count(String s, char c) {
		return s.chars().filter(ch -> ch == c).count();
	}

	/** A row as read: its number as a spreadsheet shows it, cell texts, and the cells that held formulas. */
	record RawRow(int number, List<String> values, List<Integer> formulas) {
	}

	/** The rows under the header (and the optional HXL row), by column, with what was found on the way. */
	record ActivitySheet(Map<ActivitySheetColumn, Integer> columns, List<String> unknownColumns,
			List<ActivitySheetColumn> repeatedColumns, List<SheetRow> rows) {

		static ActivitySheet of(List<RawRow> raw) {
			Map<ActivitySheetColumn, Integer> columns = new EnumMap<>(ActivitySheetColumn.class);
			List<String> unknown = new ArrayList<>();
			List<ActivitySheetColumn> repeated = new ArrayList<>();
			List<SheetRow> rows = new ArrayList<>();
			if (raw.isEmpty()) {
				return new ActivitySheet(columns, unknown, repeated, rows);
			}
			List<String> header = raw.get(0).values();
			for (int c = 0; c < header.size(); c++) {
				String name = header.get(c);
				if (name == null || name.isBlank()) {
					continue;
				}
				var column = ActivitySheetColumn.ofHeader(name);
				if (column.isEmpty()) {
					unknown.add(name.strip());
				}
				else if (columns.putIfAbsent(column.get(), c) != null) {
					repeated.add(column.get());
				}
			}
			for (int i = 1; i < raw.size(); i++) {
				RawRow r = raw.get(i);
				if (i == 1 && isHxl(r)) {
					continue;
				}
				Map<ActivitySheetColumn, String> values = new LinkedHashMap<>();
				List<ActivitySheetColumn> formulas = new ArrayList<>();
				boolean blank = true;
				for (var e : columns.entrySet()) {
					int c = e.getValue();
					String v = c < r.values().size() ? r.values().get(c) : null;
					v = v == null || v.isBlank() ? null : v.strip();
					values.put(e.getKey(), v);
					if (r.formulas().contains(c)) {
						formulas.add(e.getKey());
					}
					blank &= v == null && !r.formulas().contains(c);
				}
				if (!blank) {
					rows.add(new SheetRow(r.number(), values, formulas));
				}
			}
			return new ActivitySheet(columns, unknown, repeated, rows);
		}

		/** The HXL row is optional: recognised by every filled cell being a hashtag. */
		private static boolean isHxl(RawRow r) {
			boolean any = false;
			for (String v : r.values()) {
				if (v != null && !v.isBlank()) {
					if (!v.strip().startsWith("#")) {
						return false;
					}
					any = true;
				}
			}
			return any;
		}
	}

	/** One data row: its number, the value of each known column (null when empty) and formula cells. */
	record SheetRow(int number, Map<ActivitySheetColumn, String> values, List<ActivitySheetColumn> formulas) {

		String get(ActivitySheetColumn column) {
			return values.get(column);
		}
	}

	/** The file is not a spreadsheet this reader can take; the key says why. */
	static final class Unreadable extends Exception {

		private final Problem problem;

		Unreadable(String messageKey, Object... args) {
			super(messageKey, null, false, false);
			this.problem = Problem.of(null, null, messageKey, args);
		}

		Problem problem() {
			return problem;
		}
	}
}
