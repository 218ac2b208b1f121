package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.Group;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument spreadsheets, written here as the XML Calc writes, read as datasets. */
class OdsReaderTest {

    @TempDir
    Path temp;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
            + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>";
    private static final String TAIL = "</office:spreadsheet></office:body></office:document-content>";

    private Path ods(String name, String tables) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write((HEAD + tables + TAIL).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String text(String value) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    private static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static final String DATASET = "<table:table table:name=\"aineisto\">"
            + row(text("schemaVersion"), "<table:table-cell office:value-type=\"float\" office:value=\"1\"/>")
            + "</table:table>";

    @Test
    void calcsCellsRowsAndRepeatsBecomeRecordsWithTheirRows() throws IOException {
        Path file = ods("verkosto.ods", DATASET
                + "<table:table table:name=\"Ryhmät\">" + row(text("tunnus"), text("taso"), text("kunnat"))
                + row(text("g1"), text("paikallinen"), "<table:table-cell office:value-type=\"float\" "
                        + "office:value=\"20\"><text:p>20</text:p></table:table-cell>")
                + "</table:table>"
                + "<table:table table:name=\"jäsenet\">" + row(text("ryhmä"), text("henkilö"), text("rooli"),
                        text("alkaen"), text("huomautukset"))
                + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
                + "table:number-columns-repeated=\"5\"/></table:table-row>"
                + row(text("g1"), text("p1"), text("Puheenjohtaja"),
                        "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-01T00:00:00\">"
                                + "<text:p>1.3.2024</text:p></table:table-cell>", text("soita"))
                + "<table:table-row table:number-rows-repeated=\"2\">"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>"
                + "g1</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
                + "table:number-columns-repeated=\"16384\"/></table:table-row>"
                + "</table:table>");
        Dataset data = new DatasetLoader().load(List.of(file));
        Group g = data.groups().get(0);
        assertEquals(List.of("020"), g.municipalities());
        assertEquals(3, g.members().size(), g.members().toString());
        assertEquals(LocalDate.parse("2024-03-01"), g.members().get(0).from());
        assertEquals(fi.perhekeskus.pkcheck.model.Role.CHAIR, g.members().get(0).role());
        assertEquals("jäsenet", g.members().get(0).location().sheet());
        assertEquals(5, g.members().get(0).location().row());
        assertEquals(6, g.members().get(1).location().row());
        assertEquals("g1", g.members().get(1).person(), "a repeated cell repeats its value");
        // The loader keeps every entry; the facts, which know the check date, settle the repeated seat (DATA-001).
        assertEquals(7, g.members().get(2).location().row(), "the repeated row is read as its own entry");
        assertEquals(List.of(), data.problems().stream().map(DataProblem::rule).toList());
    }

    @Test
    void mergedCellsAndFormulaErrorsAreFindings() throws IOException {
        Path file = ods("m.ods", DATASET + "<table:table table:name=\"people\">" + row(text("id"), text("name"))
                + row("<table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\" "
                        + "office:value-type=\"string\"><text:p>p1</text:p></table:table-cell>",
                        "<table:covered-table-cell/>")
                + row(text("p2"), "<table:table-cell table:formula=\"of:=1/0\"><text:p>#DIV/0!</text:p>"
                        + "</table:table-cell>")
                + "</table:table>");
        Dataset data = new DatasetLoader().load(List.of(file));
        assertEquals(List.of("DATA-003.mergedCells", "DATA-003.cellError"),
                data.problems().stream().map(DataProblem::key).toList());
        assertEquals(List.of("A2:B3", "people"), data.problems().get(0).args());
    }

    @Test
    void aCellLongerThanTheLimitOrAFileThatIsNoSpreadsheetIsAnInputError() throws IOException {
        Path longCell = ods("long.ods", DATASET + "<table:table table:name=\"people\">" + row(text("id"),
                text("name")) + row(text("p1"), text("x".repeat(InputLimits.MAX_STRING_LENGTH + 1))) + "</table:table>");
        InputException e = assertThrows(InputException.class, () -> new DatasetLoader().load(List.of(longCell)));
        assertTrue(e.getMessage().contains("[people] B2") && e.getMessage().contains("100,000"), e.getMessage());
        Path notZip = Files.writeString(temp.resolve("x.ods"), "schemaVersion: 1");
        assertTrue(assertThrows(InputException.class, () -> new DatasetLoader().load(List.of(notZip))).getMessage()
                .contains("cannot read the OpenDocument spreadsheet"));
        Path noContent = temp.resolve("y.ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noContent))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
        }
        assertTrue(assertThrows(InputException.class, () -> new DatasetLoader().load(List.of(noContent)))
                .getMessage().contains("no content.xml"));
    }

    @Test
    void csvFilesNamedAsCalcAndExcelExportTheSheetsOfABookAreSheets() {
        assertEquals("members", CsvSheetReader.sheetOf(Path.of("pohja-jäsenet.csv")));
        assertEquals("meetingPlaces", CsvSheetReader.sheetOf(Path.of("my-book-2024-meetingPlaces.csv")));
        assertEquals("members", CsvSheetReader.sheetOf(Path.of("members.csv")));
        assertEquals(null, CsvSheetReader.sheetOf(Path.of("report-2024.csv")));
        assertEquals(null, CsvSheetReader.sheetOf(Path.of("notes.csv")));
    }
}
