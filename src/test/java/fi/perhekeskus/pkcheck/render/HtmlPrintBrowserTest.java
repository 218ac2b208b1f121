package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.Console;
import fi.perhekeskus.pkcheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The HTML report printed from a real browser (Debian's headless Chromium, print to PDF) uses its print
 * stylesheet: A4 pages, and page one holds the counts and the whole readiness matrix with its legend, every
 * area's name whole (no word broken mid-word).
 */
class HtmlPrintBrowserTest {

    @Test
    void thePrintedReportIsA4WithTheWholeMatrixOnPageOne() throws Exception {
        assumeTrue(HtmlChromium.available(), "needs Debian's chromium at " + HtmlChromium.BINARY);
        Path work = Path.of("target/print-test");
        Files.createDirectories(work);
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"check", TestPaths.repository().resolve("sample-data/pirkanmaa").toString(),
            "--date", "2024-03-01", "--format", "html", "--lang", "fi"}, new Console(new PrintWriter(out),
                new PrintWriter(new StringWriter()), Map.of(), false,
                Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC)));
        assertEquals(1, exit);
        Path page = work.resolve("report.html");
        Files.writeString(page, out.toString());
        Path pdf = work.resolve("report.pdf");
        Files.deleteIfExists(pdf);
        new HtmlChromium(work).printToPdf(page, pdf);
        assertTrue(Files.isRegularFile(pdf), "Chromium printed");
        Document html = Jsoup.parse(out.toString());
        try (PDDocument printed = Loader.loadPDF(Files.readAllBytes(pdf))) {
            for (PDPage p : printed.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), p.getMediaBox().getWidth(), 2.0, "A4, not Letter");
                assertEquals(PDRectangle.A4.getHeight(), p.getMediaBox().getHeight(), 2.0);
            }
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String one = text.getText(printed).replaceAll("\\s+", " ");
            for (var tile : html.select(".tiles .tile")) {
                assertTrue(one.contains(tile.text()), "the counts on page one: " + tile.text());
            }
            for (var row : html.select(".matrix tbody th .row-name")) {
                assertTrue(one.contains(row.text()), "row " + row.text() + " whole on page one: " + one);
            }
            assertTrue(one.contains(html.selectFirst(".legend-title").text()), "the matrix ends on page one");
        }
    }
}
