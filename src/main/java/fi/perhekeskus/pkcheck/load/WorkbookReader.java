package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an Excel workbook (.xlsx) into a {@link SheetTree}: text as written, whole numbers without a
 * decimal point, date cells as ISO dates, formulas by the value Excel last computed (never re-evaluated,
 * so no external link is followed). POI's zip-bomb limits stay at their defaults. A file that is no
 * workbook at all is an {@link InputException}.
 */
final class WorkbookReader {

    /** Reads {@code path}, naming it {@code file} in locations. */
    SheetTree read(Path path, String file) {
        try (InputStream in = Files.newInputStream(path); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            SheetTree tree = new SheetTree(file, new Location(file, 0, 0));
            for (Sheet sheet : workbook) {
                tree.sheet(sheet.getSheetName(), Location.cell(file, sheet.getSheetName(), 1, 0),
                        rows(sheet, file, tree));
            }
            return tree;
        } catch (IOException | RuntimeException e) {
            // POI signals a non-zip, an old .xls, a corrupt part or a zip bomb with a variety of exceptions.
            throw InputException.at(file, "cannot read the Excel workbook (" + reason(e)
                    + "); save it in Excel as \"Excel Workbook (*.xlsx)\"");
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        // POI's messages often start with a wrapped exception's class name, which means nothing to a user.
        message = message.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)*[A-Z]\\w*(?:Exception|Error)\\b:?", "")
                .replaceAll("\\s+", " ").trim();
        if (message.isEmpty()) {
            message = "the file is damaged";
        }
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }

    private static List<SheetTree.Row> rows(Sheet sheet, String file, SheetTree tree) {
        String name = sheet.getSheetName();
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            tree.problem("DATA-003.mergedCells", Location.cell(file, name, merged.getFirstRow() + 1,
                    merged.getFirstColumn() + 1), merged.formatAsString(), name);
        }
        List<SheetTree.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<SheetTree.Cell> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                Cell cell = row.getCell(c);
                SheetTree.Cell value = cell == null ? null : cell(cell, file, name, tree);
                cells.add(value);
                any |= value != null;
            }
            if (any) {
                rows.add(new SheetTree.Row(Location.cell(file, name, row.getRowNum() + 1, 0), cells));
            }
        }
        return rows;
    }

    private static SheetTree.Cell cell(Cell cell, String file, String sheet, SheetTree tree) {
        Location at = Location.cell(file, sheet, cell.getRowIndex() + 1, cell.getColumnIndex() + 1);
        if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            // Written by a program that does not compute formulas: there is no value to read, and we do not evaluate.
            tree.problem("DATA-003.formulaNoValue", at, at.toString(), cell.getCellFormula());
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING: {
                String text = cell.getRichStringCellValue().getString().trim();
                return text.isEmpty() ? null : new SheetTree.Cell(text, Node.Kind.STRING, at);
            }
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return new SheetTree.Cell(cell.getLocalDateTimeCellValue().toLocalDate().toString(),
                            Node.Kind.STRING, at);
                }
                return new SheetTree.Cell(number(cell.getNumericCellValue()), Node.Kind.NUMBER, at);
            case BOOLEAN:
                return new SheetTree.Cell(String.valueOf(cell.getBooleanCellValue()), Node.Kind.BOOLEAN, at);
            case ERROR:
                tree.problem("DATA-003.cellError", at, at.toString(), FormulaError.forInt(cell.getErrorCellValue())
                        .getString());
                return null;
            default:
                return null;
        }
    }

    /** A whole number without ".0" (Excel stores every number as a double), others as plain decimals. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
