package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.load.DateText;
import fi.perhekeskus.pkcheck.load.SheetVocabulary;
import fi.perhekeskus.pkcheck.load.ValueWords;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a dataset document as an Excel workbook the loader reads back unchanged: a dataset sheet, then one
 * sheet per list with a bold, frozen header row, sheets, columns and the words of roles, types and tiers in the
 * writer's language. Dates (the from, until and date columns) are real date cells; every other value is written
 * as text except numbers and booleans, so codes keep their leading zeros.
 */
public final class WorkbookWriter {

    private final ValueWords.Lang lang;

    /** A writer of English names: the data format's keys. */
    public WorkbookWriter() {
        this(ValueWords.Lang.en);
    }

    /** A writer that names sheets and columns in {@code lang} ("Jäsenet", "Henkilö" in Finnish). */
    public WorkbookWriter(ValueWords.Lang lang) {
        this.lang = lang;
    }

    /** The name of the sheet or column {@code key} in this writer's workbooks. */
    String heading(String key) {
        return SheetVocabulary.heading(key, lang);
    }

    /** The workbook of {@code document}, for a caller that adds to it (templates) before saving. */
    public XSSFWorkbook workbook(ObjectNode document) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle text = workbook.createCellStyle();
        // "@": the cells are text, so that Excel does not turn a code typed as 020 into 20 or an id into a date.
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        // A real date cell, shown the Finnish way; Excel and Calc show it in the reader's own form if they prefer.
        date.setDataFormat(workbook.createDataFormat().getFormat("d.m.yyyy"));
        Sheet dataset = workbook.createSheet(heading(SheetVocabulary.DATASET));
        List<List<String>> pairs = SheetTables.datasetRows(document, lang);
        for (int r = 0; r < pairs.size(); r++) {
            Row row = dataset.createRow(r);
            for (int c = 0; c < 2; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(pairs.get(r).get(c));
                cell.setCellStyle(r == 0 ? bold : text);
            }
        }
        dataset.setColumnWidth(0, 20 * 256);
        dataset.setColumnWidth(1, 30 * 256);
        for (SheetTables.Table table : SheetTables.tables(document)) {
            Sheet sheet = workbook.createSheet(heading(table.sheet()));
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(heading(table.header().get(c)));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 18 * 256);
                boolean dates = SheetVocabulary.DATE_COLUMNS.contains(table.header().get(c));
                sheet.setDefaultColumnStyle(c, dates ? date : text);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<JsonNode> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    JsonNode value = cells.get(c);
                    if (value == null || value.isNull()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    LocalDate day = value.isTextual() && SheetVocabulary.DATE_COLUMNS.contains(table.header().get(c))
                            ? DateText.parse(value.asText()) : null;
                    if (day != null) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value.isNumber()) {
                        cell.setCellValue(value.asDouble());
                    } else if (value.isBoolean()) {
                        cell.setCellValue(value.asBoolean());
                    } else {
                        cell.setCellValue(SheetTables.text(table.header().get(c), value, lang));
                        cell.setCellStyle(text);
                    }
                }
            }
        }
        return workbook;
    }

    /** Writes {@code document} to {@code out} as .xlsx. */
    public void write(ObjectNode document, Path out) throws IOException {
        try (XSSFWorkbook workbook = workbook(document)) {
            save(workbook, out);
        }
    }

    static void save(XSSFWorkbook workbook, Path out) throws IOException {
        AtomicFile.write(out, workbook::write);
    }
}
