package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --format pdf} end to end, each PDF parsed back with PDFBox: A4 pages, the verdict (the counts) and the
 * whole readiness matrix on page one, the fonts embedded, the same bytes for the same input.
 */
class PdfCliTest {

    @TempDir
    Path temp;

    private static String pageOne(PDDocument pdf) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(1);
        text.setEndPage(1);
        return normalised(text.getText(pdf));
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertA4AndEmbedded(PDDocument pdf) throws IOException {
        assertTrue(pdf.getNumberOfPages() >= 1);
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1.0, "A4 width");
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1.0, "A4 height");
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pirkanmaa", "kanta-hame", "pohjois-karjala"})
    void eachSampleIsAnA4PdfWithTheVerdictAndTheWholeMatrixOnPageOne(String region) throws IOException {
        String data = TestPaths.repository().resolve("sample-data/" + region).toString();
        Path file = temp.resolve(region + ".pdf");
        Cli.Result r = Cli.run("check", data, "--date", "2024-03-01", "--format", "pdf", "-o", file.toString(),
                "--lang", "fi");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        Document html = Jsoup.parse(Cli.run("check", data, "--date", "2024-03-01", "--format", "html", "--lang", "fi")
                .out());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertA4AndEmbedded(pdf);
            String one = pageOne(pdf);
            for (var tile : html.select(".tiles .tile")) {
                assertTrue(one.contains(normalised(tile.text())), "the verdict on page one: " + tile.text());
            }
            assertTrue(one.contains(normalised(html.selectFirst("h1").text())));
            List<String> rows = new ArrayList<>();
            html.select(".matrix tbody th .row-name").forEach(e -> rows.add(normalised(e.text())));
            assertFalse(rows.isEmpty());
            for (String row : rows) {
                assertTrue(one.contains(row), "matrix row " + row + " on page one: " + one);
            }
            assertTrue(one.contains(normalised(html.selectFirst(".legend-title").text())),
                    "the matrix ends (its legend) on page one");
            assertTrue(one.contains("ä"), "ä prints");
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        String data = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();
        Path a = temp.resolve("a.pdf");
        Path b = temp.resolve("b.pdf");
        Cli.run("check", data, "--date", "2024-03-01", "--format", "pdf", "-o", a.toString());
        Cli.run("check", data, "--date", "2024-03-01", "--format", "pdf", "-o", b.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void aMeetingReportPrintsToo() throws IOException {
        String data = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();
        Path file = temp.resolve("meeting.pdf");
        Cli.Result r = Cli.run("meeting", data, "--group", "lansi-koordinaatioryhma", "--attendees", "p008,p035",
                "--date", "2024-03-01", "--format", "pdf", "-o", file.toString(), "--lang", "sv");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertA4AndEmbedded(pdf);
            assertTrue(pageOne(pdf).contains("Pirkanmaa"));
        }
    }

    @Test
    void aPdfNeedsAnOutputFile() {
        String data = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();
        Cli.Result r = Cli.run("check", data, "--format", "pdf");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("-o FILE"), r.err());
        assertEquals(2, Cli.run("history", "--format", "pdf").exit());
    }

    @Test
    void theHistoryPrintsWithItsChartAndMatrix() throws IOException {
        Path data = temp.resolve("pirkanmaa");
        Files.createDirectories(data);
        try (var files = Files.list(TestPaths.repository().resolve("sample-data/pirkanmaa"))) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName().toString()));
            }
        }
        String history = temp.resolve("history.db").toString();
        HistoryCliTest.recordTwice(data, history, Map.of());
        Path file = temp.resolve("history.pdf");
        Cli.Result r = Cli.run("history", "--history", history, "--format", "pdf", "-o", file.toString(), "--lang",
                "fi");
        assertEquals(0, r.exit(), r.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertA4AndEmbedded(pdf);
            String one = pageOne(pdf);
            assertTrue(one.contains("Avoimia virheitä nyt 4, ensimmäisessä tarkistuksessa 3"), one);
            assertTrue(one.contains("Viimeisin tarkistus alueittain ja tasoittain"), one);
            assertTrue(one.contains("Pohjoinen perhekeskusalue"), "the matrix's last row: " + one);
            assertTrue(one.contains("Virheet") && one.contains("Varoitukset"), "the chart's legend, as text: " + one);
        }
    }
}
