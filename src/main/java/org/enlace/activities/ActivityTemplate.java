package org.enlace.activities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The empty sheets people fill in to import activities: the column names on row 1 and their HXL
 * hashtags on row 2, and no example rows, so that an unedited template imports nothing. The XLSX
 * template explains each column on a second, translated sheet.
 */
@Component
public class ActivityTemplate {

	/** The name of the data sheet; without a sheet of this name the import reads the first one. */
	public static final String DATA_SHEET = "activities";

	private final MessageSource messages;

	ActivityTemplate(MessageSource messages) {
		this.messages = messages;
	}

	/** The columns in template order, each with whether it is required, for the help table. */
	public List<ColumnHelp> columns() {
		return Arrays.stream(ActivitySheetColumn.values())
			.map(c -> new ColumnHelp(c.header(), c.hxl(), ActivityImport.REQUIRED.contains(c),
					"activities.import.column." + c.header()))
			.toList();
	}

	/** One column as the help table shows it; {@code messageKey} explains what goes in it. */
	public record ColumnHelp(String name, String hxl, boolean required, String messageKey) {
	}

	/** The CSV template, UTF-8 with a byte order mark so spreadsheet programs read accents right. */
	public byte[] csv() {
		String header = Arrays.stream(ActivitySheetColumn.values())
			.map(ActivitySheetColumn::header)
			.collect(Collectors.joining(","));
		String hxl = Arrays.stream(ActivitySheetColumn.values())
			.map(ActivitySheetColumn::hxl)
			.collect(Collectors.joining(","));
		return ("\uFEFF" + header + "\r\n" + hxl + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The XLSX template with its instructions in the given language. */
	public byte[] xlsx(Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			XSSFSheet data = workbook.createSheet(DATA_SHEET);
			XSSFRow header = data.createRow(0);
			XSSFRow hxl = data.createRow(1);
			ActivitySheetColumn[] columns = ActivitySheetColumn.values();
			for (int c = 0; c < columns.length; c++) {
				header.createCell(c).setCellValue(columns[c].header());
				header.getCell(c).setCellStyle(bold);
				hxl.createCell(c).setCellValue(columns[c].hxl());
				data.setColumnWidth(c, 20 * 256);
			}
			data.createFreezePane(0, 2);
			XSSFSheet help = workbook.createSheet(text("activities.import.instructions", locale));
			int r = 0;
			help.createRow(r++).createCell(0).setCellValue(text("activities.import.instructions", locale));
			for (String rule : List.of("activities.import.rule.rows", "activities.import.rule.lists",
					"activities.import.rule.update", "activities.import.rule.allOrNothing")) {
				help.createRow(r++).createCell(0).setCellValue(text(rule, locale, ActivityImport.MAX_ROWS));
			}
			help.createRow(r++).createCell(0).setCellValue(
					text("activities.import.limits", locale, ActivityImport.MAX_BYTES / (1024 * 1024), ActivityImport.MAX_ROWS));
			r++;
			XSSFRow titles = help.createRow(r++);
			List<String> heads = List.of("activities.import.help.column", "activities.import.help.hxl",
					"activities.import.help.required", "activities.import.help.content");
			for (int c = 0; c < heads.size(); c++) {
				titles.createCell(c).setCellValue(text(heads.get(c), locale));
				titles.getCell(c).setCellStyle(bold);
			}
			for (ColumnHelp column : columns()) {
				XSSFRow row = help.createRow(r++);
				row.createCell(0).setCellValue(column.name());
				row.createCell(1).setCellValue(column.hxl());
				row.createCell(2).setCellValue(text(column.required() ? "activities.import.help.yes"
						: "activities.import.help.no", locale));
				row.createCell(3).setCellValue(text(column.messageKey(), locale));
			}
			help.setColumnWidth(0, 20 * 256);
			help.setColumnWidth(1, 28 * 256);
			help.setColumnWidth(3, 90 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
