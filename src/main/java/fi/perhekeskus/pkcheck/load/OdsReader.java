package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice Calc's own format) into a {@link SheetTree}, like
 * {@link WorkbookReader} does a workbook: the {@code content.xml} of the zip is parsed as a stream (StAX) of
 * tables, rows and cells, never held as a document. Text as written, numbers as in the data format, date cells
 * as ISO dates, formulas by their saved value, merged cells DATA-003. Repeated rows and cells (how Calc writes
 * runs of equal ones) are expanded only while they hold something: the million empty rows Calc writes at the
 * end of a sheet cost nothing. The same limits as for workbooks hold: {@link WorkbookReader#MAX_PART_BYTES} of
 * XML, {@link InputLimits#MAX_STRING_LENGTH} characters a cell.
 *
 * <p>Why not a library such as ODF Toolkit's odfdom: it loads the whole content.xml as a DOM (memory grows
 * with the sheet, which issue 22's limits forbid) and brings Xerces, Apache Jena and its own SLF4J binding;
 * the part of the format a data sheet uses is small and stable (OpenDocument 1.2/1.3, table:table-row and
 * table:table-cell), and the JDK's StAX parser reads it as a stream.
 */
final class OdsReader {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    /** The most rows of a sheet and columns of a row (Calc's own limits are 1,048,576 and 16,384). */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private final XMLInputFactory factory = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    SheetTree read(Path path, String file) {
        SheetTree tree = new SheetTree(file, new Location(file, 0, 0));
        try (InputStream in = contentXml(path, file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                new Parse(file, tree, xml).document();
            } finally {
                xml.close();
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw InputException.keyed(file, "error.ods.unreadable", WorkbookReader.reason(e));
        }
        tree.finish();
        return tree;
    }

    /**
     * The spreadsheet's content.xml, at most {@link WorkbookReader#MAX_PART_BYTES} of it. Read as a stream, so a
     * path of any file system works (the web app's uploads are held in memory).
     */
    private static InputStream contentXml(Path path, String file) throws IOException {
        ZipInputStream zip = new ZipInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(path)));
        int entries = 0;
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("content.xml".equals(entry.getName())) {
                    return new WorkbookReader.LimitedStream(zip, WorkbookReader.MAX_PART_BYTES, file);
                }
                entries++;
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        zip.close();
        if (entries == 0) {
            throw new java.util.zip.ZipException("not a zip archive");
        }
        throw InputException.keyed(file, "error.ods.notOds");
    }

    /** One pass over content.xml. */
    private static final class Parse {
        private final String file;
        private final SheetTree tree;
        private final XMLStreamReader xml;
        private String sheetName;
        private SheetTree.Sheet sheet;
        private int row;

        Parse(String file, SheetTree tree, XMLStreamReader xml) {
            this.file = file;
            this.tree = tree;
            this.xml = xml;
        }

        void document() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "table" -> {
                            sheetName = attribute(TABLE, "name", "");
                            sheet = tree.sheet(sheetName, Location.cell(file, sheetName, 1, 0));
                            row = 0;
                        }
                        case "table-row" -> row();
                        default -> { }
                    }
                }
            }
        }

        private String attribute(String ns, String name, String otherwise) {
            String value = xml.getAttributeValue(ns, name);
            return value == null ? otherwise : value;
        }

        private int repeat(String name, int max) {
            String value = xml.getAttributeValue(TABLE, name);
            if (value == null) {
                return 1;
            }
            try {
                return (int) Math.max(1, Math.min(max, Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** A row, at its start element; handed to the sheet once, or as many times as it repeats when not empty. */
        private void row() throws XMLStreamException {
            int repeated = repeat("number-rows-repeated", MAX_ROWS);
            int first = row + 1;
            List<SheetTree.Cell> cells = new ArrayList<>();
            int column = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "table-row".equals(xml.getLocalName())) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                        && (xml.getLocalName().equals("table-cell") || xml.getLocalName().equals("covered-table-cell"))) {
                    int columns = repeat("number-columns-repeated", MAX_COLUMNS);
                    boolean covered = xml.getLocalName().equals("covered-table-cell");
                    merged(first, column + 1);
                    SheetTree.Cell cell = covered ? skip() : cell(first, column + 1);
                    if (cell != null) {
                        for (int c = 0; c < columns && column + c < MAX_COLUMNS; c++) {
                            cells.add(c == 0 ? cell : new SheetTree.Cell(cell.text(), cell.kind(),
                                    Location.cell(file, sheetName, first, column + c + 1)));
                        }
                    }
                    column = Math.min(MAX_COLUMNS, column + columns);
                }
            }
            if (cells.isEmpty()) {
                row = Math.min(MAX_ROWS, row + repeated);
                return;
            }
            for (int r = 0; r < repeated && row < MAX_ROWS; r++) {
                row++;
                List<SheetTree.Cell> placed = r == 0 ? cells : cells.stream().map(c -> new SheetTree.Cell(c.text(),
                        c.kind(), Location.cell(file, sheetName, row, c.location().column()))).toList();
                sheet.row(Location.cell(file, sheetName, row, 0), placed);
            }
        }

        private void merged(int atRow, int atColumn) {
            int across = repeatOf("number-columns-spanned");
            int down = repeatOf("number-rows-spanned");
            if (across > 1 || down > 1) {
                String ref = org.apache.poi.ss.util.CellReference.convertNumToColString(atColumn - 1) + atRow + ":"
                        + org.apache.poi.ss.util.CellReference.convertNumToColString(
                                Math.min(MAX_COLUMNS, atColumn + across - 1) - 1) + Math.min(MAX_ROWS, atRow + down - 1);
                tree.merged(sheet, Location.cell(file, sheetName, atRow, atColumn),
                        Math.min(MAX_ROWS, atRow + down - 1), ref);
            }
        }

        private int repeatOf(String name) {
            String value = xml.getAttributeValue(TABLE, name);
            try {
                return value == null ? 1 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private SheetTree.Cell skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
            }
            return null;
        }

        /** A cell, at its start element; reads to its end. */
        private SheetTree.Cell cell(int atRow, int atColumn) throws XMLStreamException {
            Location at = Location.cell(file, sheetName, atRow, atColumn);
            String type = xml.getAttributeValue(OFFICE, "value-type");
            String value = xml.getAttributeValue(OFFICE, "value");
            String date = xml.getAttributeValue(OFFICE, "date-value");
            String bool = xml.getAttributeValue(OFFICE, "boolean-value");
            boolean formula = xml.getAttributeValue(TABLE, "formula") != null;
            String text = text(at);
            if (type == null) {
                if (formula && !text.isBlank()) {
                    tree.problem("DATA-003.cellError", at, at.toString(), text.trim());
                }
                return null;
            }
            switch (type) {
                case "float", "percentage", "currency" -> {
                    try {
                        return new SheetTree.Cell(NumberText.of(Double.parseDouble(value)), Node.Kind.NUMBER, at);
                    } catch (NumberFormatException | NullPointerException e) {
                        return string(text, at);
                    }
                }
                case "date" -> {
                    return date == null ? string(text, at)
                            : new SheetTree.Cell(date.length() >= 10 ? date.substring(0, 10) : date, Node.Kind.STRING, at);
                }
                case "boolean" -> {
                    return new SheetTree.Cell(String.valueOf("true".equals(bool)), Node.Kind.BOOLEAN, at);
                }
                default -> {
                    return string(text, at);
                }
            }
        }

        private static SheetTree.Cell string(String text, Location at) {
            String trimmed = text.trim();
            return trimmed.isEmpty() ? null : new SheetTree.Cell(trimmed, Node.Kind.STRING, at);
        }

        /** The text of a cell's paragraphs, joined by line breaks; reads to the cell's end. */
        private String text(Location at) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            int paragraphs = 0;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (TEXT.equals(xml.getNamespaceURI())) {
                        switch (xml.getLocalName()) {
                            case "p" -> {
                                if (paragraphs++ > 0) {
                                    text.append('\n');
                                }
                            }
                            case "s" -> text.append(" ".repeat(Math.min(100, Math.max(1, repeatText()))));
                            case "tab" -> text.append('\t');
                            case "line-break" -> text.append('\n');
                            default -> { }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (text.length() + xml.getTextLength() > InputLimits.MAX_STRING_LENGTH) {
                        throw InputException.keyed(at, "error.cell.tooLong",
                                InputLimits.MAX_STRING_LENGTH);
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
            return text.toString();
        }

        private int repeatText() {
            String value = xml.getAttributeValue(TEXT, "c");
            try {
                return value == null ? 1 : Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
