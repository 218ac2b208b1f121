package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser, Debian's headless Chromium: the page loads without a console error
 * (exception, CSP violation), its filter script runs, injected markup stays inert, and a screenshot of
 * the Pirkanmaa sample lands in {@code target/html-report.png}. Skipped where /usr/bin/chromium is absent.
 */
class HtmlBrowserTest {

    private static final Path TARGET = Path.of("target");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final HtmlChromium chromium = new HtmlChromium(TARGET.resolve("chromium"));

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(HtmlChromium.available(), "no " + HtmlChromium.BINARY + ": browser tests skipped");
    }

    private static Path write(String name, String html) throws IOException {
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static String samplePage() throws IOException {
        Pipeline.Result result = Pipeline.run(List.of(Path.of("sample-data", "pirkanmaa")), null, List.of(),
                LocalDate.of(2024, 3, 1), id -> true);
        Report report = result.report();
        RenderContext context = new RenderContext(new Messages(Language.en), false, "0.1.0", result.rules());
        return HtmlTestReports.render(report, context);
    }

    @Test
    void theSampleReportLoadsWithoutConsoleErrorsAndItsScriptRuns() throws Exception {
        Path page = write("html-report.html", samplePage());
        HtmlChromium.Run run = chromium.dumpDom(page);
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(List.of(), run.console(), "console messages of the page");
        Document dom = Jsoup.parse(run.stdout());
        assertFalse(dom.getElementById("filters").hasAttr("hidden"), "the script showed the filters");
        assertEquals("Showing 8 of 8 findings.", dom.selectFirst(".filter-status").text(),
                "the script ran to its end");
    }

    @Test
    void theSampleReportHasAScreenshot() throws Exception {
        Path page = write("html-report.html", samplePage());
        Path png = TARGET.resolve("html-report.png");
        Files.deleteIfExists(png);
        HtmlChromium.Run run = chromium.screenshot(page, png, 2000);
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(List.of(), run.console(), "console messages of the page");
        assertTrue(Files.size(png) > 20_000, "a screenshot with content: " + Files.size(png) + " bytes");
        try (InputStream in = Files.newInputStream(png)) {
            assertArrayEquals(PNG, in.readNBytes(PNG.length), "a PNG file");
        }
    }

    @Test
    void theFiltersHideWhatIsUnticked() throws Exception {
        // The page as a reader would leave it after unticking "Warning": the script applies the boxes' state
        // when it starts, so loading the page with the box unticked shows what unticking does.
        String html = samplePage().replace("value=\"WARNING\" checked", "value=\"WARNING\"");
        Path page = write("html-report-filtered.html", html);
        HtmlChromium.Run run = chromium.dumpDom(page);
        assertEquals(List.of(), run.console(), "console messages of the page");
        Document dom = Jsoup.parse(run.stdout());
        assertEquals(4, dom.select(".finding[data-severity=WARNING].is-filtered").size());
        assertTrue(dom.select(".finding[data-severity=ERROR].is-filtered").isEmpty());
        assertEquals("Showing 4 of 8 findings.", dom.selectFirst(".filter-status").text());
    }

    @Test
    void injectedMarkupStaysInertInTheBrowser() throws Exception {
        Path page = write("html-report-hostile.html", HtmlTestReports.render(HtmlTestReports.hostile()));
        HtmlChromium.Run run = chromium.dumpDom(page);
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(List.of(), run.console(), "console messages of the page");
        Document dom = Jsoup.parse(run.stdout());
        assertTrue(dom.select("img").isEmpty(), "no injected image");
        assertEquals(1, dom.select("script").size(), "only the page's own script");
        assertTrue(dom.body().text().contains(HtmlTestReports.SCRIPT), "the hostile name shown as text");
    }

    @Test
    void theConsoleCheckCatchesAnError() throws Exception {
        // Guards the check itself: if Chromium stopped logging console messages, the tests above would pass
        // vacuously.
        Path page = write("html-console-probe.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>probe</title></head><body><script>undefinedFunction();</script></body></html>");
        HtmlChromium.Run run = chromium.dumpDom(page);
        assertEquals(1, run.console().size(), run.stderr());
        assertTrue(run.console().get(0).contains("Uncaught ReferenceError"), run.console().get(0));
        assertTrue(Arrays.stream(run.console().get(0).split(" ")).anyMatch(w -> w.contains("CONSOLE")));
    }
}
