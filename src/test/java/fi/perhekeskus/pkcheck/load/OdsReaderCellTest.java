package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.DataProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the OpenDocument reader turns Calc's cells into values and places: kinds of cell, paragraphs and spaces,
 * repeats and covered cells at the sheet's edges. Read straight into the sheet tree, one people sheet at a time.
 */
class OdsReaderCellTest {

    private static final String HEAD = "<office:document-content "
            + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>";
    private static final String TAIL = "</office:spreadsheet></office:body></office:document-content>";

    @TempDir
    Path temp;

    private SheetTree read(String prolog, String rows) throws IOException {
        Path file = temp.resolve("book.ods");
        ods(file, prolog + HEAD + "<table:table table:name=\"people\">" + row(text("id"), text("name")) + rows
                + "</table:table>" + TAIL);
        return new OdsReader().read(file, "book.ods");
    }

    /** Writes {@code file} as an OpenDocument spreadsheet whose content.xml is {@code content}. */
    private static void ods(Path file, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private SheetTree read(String rows) throws IOException {
        return read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", rows);
    }

    private static List<Node> people(SheetTree tree) {
        Node people = tree.root().get("people");
        return people == null ? List.of() : people.items();
    }

    private static String text(String value) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    private static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static Node only(SheetTree tree) {
        List<Node> people = people(tree);
        assertEquals(1, people.size(), people.toString());
        return people.get(0);
    }

    @Test
    void eachKindOfCellIsReadAsTheDataFormatWritesIt() throws IOException {
        SheetTree tree = read(row(text("p1"), "<table:table-cell office:value-type=\"float\" office:value=\"abc\">"
                        + "<text:p>12 kpl</text:p></table:table-cell>")
                + row(text("p2"), "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\">"
                        + "<text:p>TOSI</text:p></table:table-cell>")
                + row(text("p3"), "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\">"
                        + "<text:p>EPÄTOSI</text:p></table:table-cell>")
                + row(text("p4"), "<table:table-cell office:value-type=\"date\"><text:p>maaliskuu</text:p>"
                        + "</table:table-cell>")
                + row(text("p5"), "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03\">"
                        + "<text:p>3/2024</text:p></table:table-cell>")
                + row(text("p6"), "<table:table-cell office:value-type=\"date\" "
                        + "office:date-value=\"2024-03-01T12:00:00\"><text:p>1.3.2024</text:p></table:table-cell>"));
        List<Node> people = people(tree);

        assertEquals("12 kpl", people.get(0).get("name").text(), "a number cell without a number keeps its text");
        assertEquals(Node.Kind.STRING, people.get(0).get("name").kind());
        assertEquals("true", people.get(1).get("name").text());
        assertEquals(Node.Kind.BOOLEAN, people.get(1).get("name").kind());
        assertEquals("false", people.get(2).get("name").text());
        assertEquals("maaliskuu", people.get(3).get("name").text(), "a date cell without a date keeps its text");
        assertEquals("2024-03", people.get(4).get("name").text(), "a short date value is kept whole");
        assertEquals("2024-03-01", people.get(5).get("name").text(), "a date and time is cut to the date");
    }

    @Test
    void paragraphsSpacesAndTabsMakeTheCellsText() throws IOException {
        Node person = only(read(row(text("p1"), "<table:table-cell office:value-type=\"string\">"
                + "<text:p>Pia<text:s text:c=\"3\"/>Virtanen<text:s/>Jr</text:p>"
                + "<text:p>toinen<text:tab/>rivi<!-- muistiinpano --></text:p>"
                + "<text:p>kolmas<text:line-break/>neljäs<text:s text:c=\"x\"/>.</text:p></table:table-cell>")));

        assertEquals("Pia   Virtanen Jr\ntoinen\trivi\nkolmas\nneljäs .", person.get("name").text());
    }

    @Test
    void anElementOfAnotherNamespaceIsNoParagraph() throws IOException {
        Node person = only(read(row(text("p1"), "<table:table-cell office:value-type=\"string\" "
                + "xmlns:x=\"urn:example\"><text:p>Pia</text:p><x:p/><x:s/><text:p>Virtanen</text:p>"
                + "</table:table-cell>")));

        assertEquals("Pia\nVirtanen", person.get("name").text());
    }

    @Test
    void aCellMayHoldExactlyTheLimitOfCharacters() throws IOException {
        String longest = "x".repeat(InputLimits.MAX_STRING_LENGTH);
        Node person = only(read(row(text("p1"), text(longest))));

        assertEquals(longest, person.get("name").text());
    }

    @Test
    void aRepeatedRowIsARecordOnEachOfItsRows() throws IOException {
        SheetTree tree = read("<table:table-row table:number-rows-repeated=\"3\">" + text("p1") + text("Pia")
                + "</table:table-row>" + row(text("p2"), text("Pekka")));
        List<Node> people = people(tree);

        assertEquals(4, people.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(2 + i, people.get(i).location().line());
            assertEquals(2 + i, people.get(i).get("id").location().line(), "each cell moves with its row");
            assertEquals(2, people.get(i).get("name").location().column());
        }
        assertEquals(5, people.get(3).get("id").location().line());
    }

    @Test
    void rowsBeyondTheLastRowCalcHasAreNotRead() throws IOException {
        int last = OdsReader.MAX_ROWS;
        SheetTree tree = read("<table:table-row table:number-rows-repeated=\"" + (last - 3) + "\">"
                + "<table:table-cell/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"5\">" + text("p1") + text("Pia") + "</table:table-row>");
        List<Node> people = people(tree);

        assertEquals(2, people.size());
        assertEquals(last - 1, people.get(0).get("id").location().line());
        assertEquals(last, people.get(1).get("id").location().line());
    }

    @Test
    void aRepeatedCellFillsColumnsUpToTheLastColumnCalcHas() throws IOException {
        int last = OdsReader.MAX_COLUMNS;
        SheetTree tree = read(row(text("p1"), text("Pia"), "<table:table-cell table:number-columns-repeated=\""
                + (last - 5) + "\"/>", "<table:table-cell table:number-columns-repeated=\"5\" "
                + "office:value-type=\"string\"><text:p>z</text:p></table:table-cell>"));

        assertEquals(Set.of("[people] XFB (no header)", "[people] XFC (no header)", "[people] XFD (no header)"),
                tree.ignoredColumns());
        assertEquals("Pia", only(tree).get("name").text());
    }

    @Test
    void aRepeatCountThatIsNoNumberCountsOnce() throws IOException {
        SheetTree tree = read("<table:table-row table:number-rows-repeated=\"many\">"
                + "<table:table-cell table:number-columns-repeated=\"two\" office:value-type=\"string\">"
                + "<text:p>p1</text:p></table:table-cell>" + text("Pia") + "</table:table-row>");

        Node person = only(tree);
        assertEquals("p1", person.get("id").text());
        assertEquals("Pia", person.get("name").text(), "the next cell is in the second column");
    }

    @Test
    void aCoveredCellWithContentIsSkippedAndTheRowGoesOn() throws IOException {
        SheetTree tree = read(row("<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\">"
                        + "<text:p>p1</text:p></table:table-cell>",
                "<table:covered-table-cell office:value-type=\"string\"><text:p>hidden</text:p>"
                        + "</table:covered-table-cell>", text("extra"))
                + row(text("p2"), text("Pekka")));
        List<Node> people = people(tree);

        assertEquals(2, people.size());
        assertNull(people.get(0).get("name"), "the covered cell's text is not read");
        assertEquals(Set.of("[people] C (no header)"), tree.ignoredColumns());
        assertEquals("Pekka", people.get(1).get("name").text());
        assertEquals(List.of("DATA-003.mergedCells"), tree.problems().stream().map(DataProblem::key).toList());
        assertEquals(List.of("A2:B2", "people"), tree.problems().get(0).args());
    }

    @Test
    void aDocumentTypeDeclarationIsNotFollowed() throws IOException {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE office:document-content "
                + "[<!ENTITY secret \"from the DTD\">]>";

        InputException e = assertThrows(InputException.class,
                () -> read(prolog, row(text("p1"), text("&secret;"))));

        assertTrue(e.getMessage().startsWith("book.ods: cannot read the OpenDocument spreadsheet"), e.getMessage());
    }

    @Test
    void aTitleMergedAcrossTheSheetAboveTheHeaderIsNoFinding() throws IOException {
        Path file = temp.resolve("title.ods");
        String title = "<table:table-cell table:number-columns-spanned=\"3\" office:value-type=\"string\">"
                + "<text:p>Pirkanmaan henkilöt</text:p></table:table-cell><table:covered-table-cell/>"
                + "<table:covered-table-cell/>";
        String merged = "<table:table-cell table:number-rows-spanned=\"2\" office:value-type=\"string\">"
                + "<text:p>Pia</text:p></table:table-cell>";
        ods(file, HEAD + "<table:table table:name=\"people\">" + row(title) + row(text("id"), text("name"))
                + row(text("p1"), merged) + row(text("p2"), "<table:covered-table-cell/>") + "</table:table>" + TAIL);
        SheetTree tree = new OdsReader().read(file, "title.ods");

        assertEquals(2, people(tree).size());
        assertEquals(List.of("DATA-003.mergedCells"), tree.problems().stream().map(DataProblem::key).toList(),
                "the merge among the data is one, the title's none");
        assertEquals(List.of("B3:B4", "people"), tree.problems().get(0).args());
    }

    @Test
    void aSheetOfOnesOwnWithAMergedTitleIsNoFinding() throws IOException {
        Path file = temp.resolve("notes.ods");
        String title = "<table:table-cell table:number-columns-spanned=\"3\" table:number-rows-spanned=\"2\" "
                + "office:value-type=\"string\"><text:p>Kevään kokoukset</text:p></table:table-cell>"
                + "<table:covered-table-cell/><table:covered-table-cell/>";
        ods(file, HEAD + "<table:table table:name=\"Muistiinpanot\">" + row(title)
                + row("<table:covered-table-cell table:number-columns-repeated=\"3\"/>") + row(text("Soita Kelaan"))
                + "</table:table><table:table table:name=\"people\">" + row(text("id"), text("name"))
                + row(text("p1"), text("Pia")) + "</table:table>" + TAIL);
        SheetTree tree = new OdsReader().read(file, "notes.ods");

        assertEquals(1, people(tree).size());
        assertEquals(List.of(), tree.problems(), "a sheet not read has no merges to report");
        assertTrue(tree.ignoredColumns().contains("[Muistiinpanot] (the whole sheet: no sheet pkcheck reads)"),
                tree.ignoredColumns().toString());
    }
}
