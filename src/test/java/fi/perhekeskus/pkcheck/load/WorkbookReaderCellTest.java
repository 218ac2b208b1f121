package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the workbook reader turns a sheet's cells into values and places: the parts of an .xlsx written here by
 * hand, so each cell is exactly as Excel (or a program that does not compute formulas) would save it.
 */
class WorkbookReaderCellTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Style 0 is general, style 1 a date (built-in format 14); there are two. */
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font/></fonts>"
            + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
            + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
    private static final String HEADER = "<row r=\"1\">" + inline("A1", "id") + inline("B1", "name") + "</row>";

    @TempDir
    Path temp;

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static byte[] workbook(String sheetData, String afterData, String... sharedStrings) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"people\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006"
                + "/relationships\"><Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" "
                + "Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + REL + "/sharedStrings\" "
                + "Target=\"sharedStrings.xml\"/></Relationships>");
        parts.put("xl/styles.xml", STYLES);
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + MAIN + "\" count=\"" + sharedStrings.length
                + "\" uniqueCount=\"" + sharedStrings.length + "\">");
        for (String s : sharedStrings) {
            strings.append("<si><t>").append(s).append("</t></si>");
        }
        parts.put("xl/sharedStrings.xml", strings.append("</sst>").toString());
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheetData
                + "</sheetData>" + afterData + "</worksheet>");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private SheetTree readWithTail(String rows, String afterData, String... sharedStrings) throws IOException {
        Path file = Files.write(temp.resolve("book.xlsx"), workbook(HEADER + rows, afterData, sharedStrings));
        return new WorkbookReader().read(file, "book.xlsx");
    }

    private SheetTree read(String rows, String... sharedStrings) throws IOException {
        return readWithTail(rows, "", sharedStrings);
    }

    private static List<Node> people(SheetTree tree) {
        Node people = tree.root().get("people");
        return people == null ? List.of() : people.items();
    }

    private static String name(String row, String cell) {
        return "<row r=\"" + row + "\">" + inline("A" + row, "p" + row) + cell + "</row>";
    }

    @Test
    void eachKindOfCellIsReadAsTheDataFormatWritesIt() throws IOException {
        SheetTree tree = read(name("2", "<c r=\"B2\" t=\"b\"><v>1</v></c>")
                + name("3", "<c r=\"B3\" t=\"b\"><v>0</v></c>")
                + name("4", "<c r=\"B4\" t=\"d\"><v>2024-03-01T12:00:00</v></c>")
                + name("5", "<c r=\"B5\" t=\"d\"><v>2024</v></c>")
                + name("6", "<c r=\"B6\"><v>kymmenen</v></c>")
                + name("7", "<c r=\"B7\" s=\"1\"><v>45352</v></c>")
                + name("8", "<c r=\"B8\" s=\"2\"><v>45352</v></c>")
                + name("9", "<c r=\"B9\" s=\"99\"><v>45352.5</v></c>")
                + name("10", "<c r=\"B10\" t=\"s\"><v>1</v></c>")
                + name("11", "<c r=\"B11\" t=\"str\"><f>A1</f><v>  laskettu  </v></c>"),
                "nolla", "Pia Virtanen");
        List<Node> people = people(tree);

        assertEquals("true", people.get(0).get("name").text());
        assertEquals(Node.Kind.BOOLEAN, people.get(0).get("name").kind());
        assertEquals("false", people.get(1).get("name").text());
        assertEquals("2024-03-01", people.get(2).get("name").text(), "a date and time is cut to the date");
        assertEquals("2024", people.get(3).get("name").text(), "a short date is kept whole");
        assertEquals("kymmenen", people.get(4).get("name").text(), "a number cell without a number keeps its text");
        assertEquals(Node.Kind.STRING, people.get(4).get("name").kind());
        assertEquals("2024-03-01", people.get(5).get("name").text(), "a number in a date style is a date");
        assertEquals("45352", people.get(6).get("name").text(), "a style the workbook lacks is no date");
        assertEquals(Node.Kind.NUMBER, people.get(6).get("name").kind());
        assertEquals("45352.5", people.get(7).get("name").text());
        assertEquals("Pia Virtanen", people.get(8).get("name").text());
        assertEquals("laskettu", people.get(9).get("name").text(), "a formula is read by its saved value");
        assertEquals(List.of(), tree.problems());
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowTheOnesBefore() throws IOException {
        SheetTree tree = read("<row><c t=\"inlineStr\"><is><t>p2</t></is></c><c t=\"inlineStr\"><is><t>Pia</t>"
                + "</is></c></row><row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>Pekka</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>extra</t></is></c></row><row><c><v>7</v></c></row>");
        List<Node> people = people(tree);

        assertEquals(3, people.size());
        assertEquals(Location.cell("book.xlsx", "people", 2, 1), people.get(0).get("id").location());
        assertEquals(Location.cell("book.xlsx", "people", 2, 2), people.get(0).get("name").location());
        assertEquals(Location.cell("book.xlsx", "people", 5, 2), people.get(1).get("name").location());
        assertNull(people.get(1).get("id"));
        assertTrue(tree.ignoredColumns().contains("[people] C (no header)"), tree.ignoredColumns().toString());
        assertEquals(Location.cell("book.xlsx", "people", 6, 1), people.get(2).get("id").location());
    }

    @Test
    void formulasWithoutValuesErrorsAndMergedCellsAreProblemsInTheirCells() throws IOException {
        String longFormula = "x".repeat(150) + "&amp;" + "y".repeat(150);
        SheetTree tree = readWithTail(name("2", "<c r=\"B2\"><f>SUM(A1:A9)</f></c>")
                + name("3", "<c r=\"B3\"><f>1+1</f></c>")
                + name("4", "<c r=\"B4\"><f>" + longFormula + "</f></c>")
                + name("5", "<c r=\"B5\" t=\"e\"><v> #DIV/0! </v></c>"),
                "<mergeCells count=\"1\"><mergeCell ref=\"B3:C4\"/></mergeCells>");
        List<DataProblem> problems = tree.problems();

        assertEquals(List.of("DATA-003.formulaNoValue", "DATA-003.formulaNoValue", "DATA-003.formulaNoValue",
                "DATA-003.cellError", "DATA-003.mergedCells"), problems.stream().map(DataProblem::key).toList());
        assertEquals(List.of("book.xlsx [people] B2", "SUM(A1:A9)"), problems.get(0).args());
        assertEquals(List.of("book.xlsx [people] B3", "1+1"), problems.get(1).args(), "each formula on its own");
        assertEquals("x".repeat(150) + "&" + "y".repeat(49), problems.get(2).args().get(1),
                "a long formula is cut at 200 characters");
        assertEquals(List.of("book.xlsx [people] B5", "#DIV/0!"), problems.get(3).args());
        assertEquals(Location.cell("book.xlsx", "people", 3, 2), problems.get(4).location());
        assertEquals(List.of("B3:C4", "people"), problems.get(4).args());
        assertNull(people(tree).get(0).get("name"), "a formula without a value gives no value");
    }

    @Test
    void aCellMayHoldExactlyTheLimitOfCharactersAndNoMore() throws IOException {
        String longest = "x".repeat(InputLimits.MAX_STRING_LENGTH);
        SheetTree tree = read(name("2", inline("B2", longest)) + name("3", "<c r=\"B3\" t=\"s\"><v>0</v></c>"),
                longest);
        assertEquals(longest, people(tree).get(0).get("name").text());
        assertEquals(longest, people(tree).get(1).get("name").text());

        InputException inline = assertThrows(InputException.class,
                () -> read(name("2", inline("B2", longest + "y"))));
        assertEquals("book.xlsx [people] B2: the cell holds more than 100,000 characters", inline.getMessage());
        InputException shared = assertThrows(InputException.class,
                () -> read(name("2", "<c r=\"B2\" t=\"s\"><v>0</v></c>"), longest + "y"));
        assertEquals("book.xlsx [people] B2: the cell holds more than 100,000 characters", shared.getMessage());
    }

    @Test
    void aWorkbookInAnotherFileSystemIsReadThroughItsStream() throws IOException {
        try (FileSystem memory = Jimfs.newFileSystem(Configuration.unix())) {
            Path file = Files.write(memory.getPath("/upload.xlsx"), workbook(HEADER + name("2", inline("B2", "Pia")),
                    ""));
            SheetTree tree = new WorkbookReader().read(file, "upload.xlsx");
            assertEquals("Pia", people(tree).get(0).get("name").text());
        }
    }

    @Test
    void aSheetThatIsNoXmlIsOneLineWithTheParsersWords() throws IOException {
        Path file = Files.write(temp.resolve("broken.xlsx"), workbook(HEADER + "<row r=\"2\">", ""));

        InputException e = assertThrows(InputException.class, () -> new WorkbookReader().read(file, "broken.xlsx"));

        assertTrue(e.getMessage().startsWith("broken.xlsx: cannot read the Excel workbook (")
                && !e.getMessage().contains("null") && !e.getMessage().contains("the file is damaged"), e.getMessage());
    }

    @Test
    void aReasonLeavesOutClassNamesAndStaysShort() {
        assertEquals("the file is damaged", WorkbookReader.reason(new IOException()));
        assertEquals("the file is damaged", WorkbookReader.reason(new IOException("java.util.zip.ZipException: ")));
        assertEquals("invalid CEN header (bad signature)", WorkbookReader.reason(
                new IOException("java.util.zip.ZipException:   invalid CEN header\n (bad signature)")));
        String exactly = "a".repeat(120);
        assertEquals(exactly, WorkbookReader.reason(new IOException(exactly)));
        assertEquals("b".repeat(120) + "…", WorkbookReader.reason(new IOException("b".repeat(121))));
    }

    @Test
    void aLimitedStreamGivesUpToItsLimitAndNoMore() throws IOException {
        try (InputStream in = new WorkbookReader.LimitedStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3,
                "f.xlsx")) {
            assertEquals(1, in.read());
            assertEquals(2, in.read(new byte[5], 0, 5));
            assertEquals(-1, in.read(), "the end is no byte");
            assertEquals(-1, in.read(new byte[5], 0, 5));
        }
        try (InputStream in = new WorkbookReader.LimitedStream(new ByteArrayInputStream(new byte[4]), 3, "f.xlsx")) {
            assertEquals(3, in.readNBytes(3).length);
            InputException e = assertThrows(InputException.class, in::read);
            assertTrue(e.getMessage().startsWith("f.xlsx: a sheet unpacks to more than "), e.getMessage());
        }
        try (InputStream in = new WorkbookReader.LimitedStream(new ByteArrayInputStream(new byte[4]), 3, "f.xlsx")) {
            assertThrows(InputException.class, () -> in.read(new byte[4], 0, 4));
        }
    }
}
