package org.enlace.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook in the HXL shape every export here uses: per sheet a bold header row and the HXL
 * hashtag row under it, both frozen; numbers as numbers, dates as date cells, text kept from being
 * read as formulas. Written with POI's streaming workbook: only a window of rows is held in memory,
 * the rest goes to a compressed temporary file until the workbook is written.
 */
final class HxlWorkbook implements AutoCloseable {

	/** Rows kept in memory per sheet; older ones are flushed to disk. */
	private static final int WINDOW = 100;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final CellStyle header;

	private final CellStyle hashtags;

	private final CellStyle date;

	private SXSSFSheet sheet;

	private int next;

	HxlWorkbook() {
		workbook.setCompressTempFiles(true);
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		Font grey = workbook.createFont();
		grey.setItalic(true);
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		hashtags = workbook.createCellStyle();
		hashtags.setFont(grey);
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/** Starts a sheet with these columns (widths in characters); the rows that follow go into it. */
	void sheet(String name, List<String> headers, List<String> tags, List<Integer> widths) {
		this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		Row titles = sheet.createRow(0);
		Row hxl = sheet.createRow(1);
		for (int i = 0; i < headers.size(); i++) {
			sheet.setColumnWidth(i, widths.get(i) * 256);
			Cell title = titles.createCell(i);
			title.setCellValue(FormulaGuard.neutralise(headers.get(i)));
			title.setCellStyle(header);
			Cell tag = hxl.createCell(i);
			tag.setCellValue(tags.get(i));
			tag.setCellStyle(hashtags);
		}
		sheet.createFreezePane(0, 2);
		next = 2;
	}

	/** Writes one row of the current sheet, the values in the order of its headers. */
	void row(List<?> values) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				continue;
			}
			Cell c = row.createCell(i);
			if (value instanceof Number n) {
				c.setCellValue(n.doubleValue());
			}
			else if (value instanceof Boolean b) {
				c.setCellValue(b);
			}
			else if (value instanceof LocalDate d) {
				c.setCellValue(d);
				c.setCellStyle(date);
			}
			else {
				c.setCellValue(FormulaGuard.neutralise(String.valueOf(value)));
			}
		}
	}

	void writeTo(OutputStream out) throws IOException {
		workbook.write(out);
		out.flush();
	}

	/** Deletes the temporary files. */
	@Override
	public void close() throws IOException {
		workbook.dispose();
		workbook.close();
	}
}
