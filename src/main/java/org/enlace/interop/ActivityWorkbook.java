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
import org.enlace.activities.ActivityRecord;

/**
 * The activities as an XLSX workbook in the spreadsheet format: one sheet, the column names in bold,
 * the HXL row under them, both frozen. Streamed with POI's SXSSF: a window of rows in memory, the
 * rest in a compressed temporary file until the workbook is written.
 */
final class ActivityWorkbook implements AutoCloseable {

	private static final int WINDOW = 100;

	private static final int WIDTH = 18;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final SXSSFSheet sheet;

	private final List<ActivityColumn> columns;

	private final CellStyle date;

	private int next = 2;

	ActivityWorkbook(String sheetName, List<ActivityColumn> columns) {
		this.columns = columns;
		workbook.setCompressTempFiles(true);
		sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		Font grey = workbook.createFont();
		grey.setItalic(true);
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		CellStyle hashtags = workbook.createCellStyle();
		hashtags.setFont(grey);
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		Row names = sheet.createRow(0);
		Row tags = sheet.createRow(1);
		for (int i = 0; i < columns.size(); i++) {
			sheet.setColumnWidth(i, WIDTH * 256);
			Cell name = names.createCell(i);
			name.setCellValue(columns.get(i).header());
			name.setCellStyle(header);
			Cell tag = tags.createCell(i);
			tag.setCellValue(columns.get(i).hxl());
			tag.setCellStyle(hashtags);
		}
		sheet.createFreezePane(0, 2);
	}

	void row(ActivityRecord activity) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < columns.size(); i++) {
			Object value = columns.get(i).value().apply(activity);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else if (value instanceof LocalDate d) {
				cell.setCellValue(d);
				cell.setCellStyle(date);
			}
			else {
				cell.setCellValue(FormulaGuard.neutralise(String.valueOf(value)));
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
