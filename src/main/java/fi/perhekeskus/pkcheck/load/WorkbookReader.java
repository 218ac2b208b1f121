package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Excel workbook (.xlsx) into a {@link SheetTree} with POI's streaming (event) reader: each sheet's
 * XML is parsed as a stream of rows and cells, never held as a document, so a workbook's memory is that of its
 * records. Text as written, whole numbers without a decimal point, date cells as ISO dates, formulas by the
 * value Excel last computed (never re-evaluated, so no external link is followed). POI's zip-bomb limits stay
 * at their defaults; besides, a sheet that unpacks to more than {@link #MAX_PART_BYTES} and a cell of more than
 * {@link InputLimits#MAX_STRING_LENGTH} characters are refused. A file that is no workbook at all is an
 * {@link InputException}.
 */
final class WorkbookReader {

    /** The most XML one sheet (or the shared strings) may unpack to: 256 MiB, about two million rows of seats. */
    static final long MAX_PART_BYTES = 256L << 20;

    /** Reads {@code path}, naming it {@code file} in locations. */
    SheetTree read(Path path, String file) {
        SheetTree tree = new SheetTree(file, new Location(file, 0, 0));
        try (OPCPackage pkg = open(path)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream xml = new LimitedStream(sheets.next(), MAX_PART_BYTES, file)) {
                    String name = sheets.getSheetName();
                    SheetTree.Sheet sheet = tree.sheet(name, Location.cell(file, name, 1, 0));
                    parse(xml, new SheetHandler(file, name, strings, styles, tree, sheet));
                }
            }
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            // POI signals a non-zip, an old .xls, a corrupt part or a zip bomb with a variety of exceptions.
            throw InputException.keyed(file, "error.xlsx.unreadable", reason(e));
        }
        tree.finish();
        return tree;
    }

    /**
     * Opens the package from its file where it has one; a path of another file system (the web app's uploads,
     * held in memory) is read through its stream, with POI's zip-bomb limits as for a file.
     */
    private static OPCPackage open(Path path) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        if (path.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        }
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            return OPCPackage.open(in);
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(xml));
        } catch (SAXException e) {
            if (e.getException() instanceof InputException input) {
                throw input;
            }
            throw e;
        }
    }

    static String reason(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        // POI's messages often start with a wrapped exception's class name, which means nothing to a user.
        message = message.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)*[A-Z]\\w*(?:Exception|Error)\\b:?", "")
                .replaceAll("\\s+", " ").trim();
        if (message.isEmpty()) {
            message = "the file is damaged";
        }
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }

    /** The rows of one sheet's XML, handed to the tree one at a time. */
    private static final class SheetHandler extends DefaultHandler {
        private final String file;
        private final String name;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final SheetTree tree;
        private final SheetTree.Sheet sheet;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private List<SheetTree.Cell> cells = new ArrayList<>();
        private int row;
        private int column;
        private String type;
        private String style;
        private boolean collecting;
        private boolean hasValue;
        private boolean hasFormula;
        private final StringBuilder formula = new StringBuilder();
        private boolean inFormula;

        SheetHandler(String file, String name, ReadOnlySharedStringsTable strings, StylesTable styles,
                     SheetTree tree, SheetTree.Sheet sheet) {
            this.file = file;
            this.name = name;
            this.strings = strings;
            this.styles = styles;
            this.tree = tree;
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    column = 0;
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol() + 1;
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    hasValue = false;
                    hasFormula = false;
                    text.setLength(0);
                }
                case "v", "t" -> {
                    collecting = true;
                    hasValue = true;
                }
                case "f" -> {
                    hasFormula = true;
                    inFormula = true;
                    formula.setLength(0);
                }
                case "mergeCell" -> {
                    String[] corners = attributes.getValue("ref").split(":");
                    CellReference first = new CellReference(corners[0]);
                    CellReference last = new CellReference(corners[corners.length - 1]);
                    tree.merged(sheet, Location.cell(file, name, first.getRow() + 1, first.getCol() + 1),
                            last.getRow() + 1, attributes.getValue("ref"));
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inFormula && formula.length() < 200) {
                formula.append(ch, start, Math.min(length, 200 - formula.length()));
            }
            if (collecting) {
                if (text.length() + length > InputLimits.MAX_STRING_LENGTH) {
                    throw tooLong();
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "f" -> inFormula = false;
                case "c" -> {
                    SheetTree.Cell cell = cell();
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
                case "row" -> sheet.row(Location.cell(file, name, row, 0), cells);
                default -> { }
            }
        }

        private InputException tooLong() {
            return InputException.keyed(Location.cell(file, name, row, column), "error.cell.tooLong",
                    InputLimits.MAX_STRING_LENGTH);
        }

        private SheetTree.Cell cell() {
            Location at = Location.cell(file, name, row, column);
            if (hasFormula && !hasValue) {
                // Written by a program that does not compute formulas: there is no value to read, and we do not evaluate.
                tree.problem("DATA-003.formulaNoValue", at, at.toString(), formula.toString());
                return null;
            }
            if (!hasValue) {
                return null;
            }
            String value = text.toString();
            if (type == null || type.equals("n")) {
                return value.isBlank() ? null : number(value, at);
            }
            switch (type) {
                case "s" -> {
                    String shared = strings.getItemAt(Integer.parseInt(value.trim())).getString();
                    if (shared.length() > InputLimits.MAX_STRING_LENGTH) {
                        throw tooLong();
                    }
                    return string(shared, at);
                }
                case "b" -> {
                    return new SheetTree.Cell(String.valueOf("1".equals(value.trim())), Node.Kind.BOOLEAN, at);
                }
                case "e" -> {
                    tree.problem("DATA-003.cellError", at, at.toString(), value.trim());
                    return null;
                }
                case "d" -> {
                    return string(value.length() >= 10 ? value.substring(0, 10) : value, at);
                }
                default -> {
                    return string(value, at); // "str" (a formula's text) and "inlineStr"
                }
            }
        }

        private static SheetTree.Cell string(String value, Location at) {
            String trimmed = value.trim();
            return trimmed.isEmpty() ? null : new SheetTree.Cell(trimmed, Node.Kind.STRING, at);
        }

        private SheetTree.Cell number(String value, Location at) {
            double number;
            try {
                number = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                return string(value, at);
            }
            if (style != null && isDate(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
                return new SheetTree.Cell(DateUtil.getLocalDateTime(number).toLocalDate().toString(),
                        Node.Kind.STRING, at);
            }
            return new SheetTree.Cell(NumberText.of(number), Node.Kind.NUMBER, at);
        }

        private boolean isDate(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (styles == null || i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                        cellStyle.getDataFormatString());
            });
        }
    }

    /** A stream that refuses to give more than a limit: a sheet that unpacks to gigabytes of XML. */
    static final class LimitedStream extends java.io.FilterInputStream {
        private final long limit;
        private final String file;
        private long read;

        LimitedStream(InputStream in, long limit, String file) {
            super(in);
            this.limit = limit;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw InputException.keyed(file, "error.xlsx.sheetTooLarge", InputLimits.human(limit));
            }
        }
    }
}
