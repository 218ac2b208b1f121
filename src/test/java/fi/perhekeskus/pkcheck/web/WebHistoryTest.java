package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.history.HistoryLocation;
import fi.perhekeskus.pkcheck.history.HistoryStore;
import fi.perhekeskus.pkcheck.render.Language;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pkcheck serve --history}: a check is stored only when asked for, and /history shows the stored runs. */
class WebHistoryTest {

    private static TestServer server(Path store) {
        HistoryLocation location = store == null ? null
                : HistoryLocation.resolve(store.toString(), Map.of(), Path.of(""));
        return new TestServer(new ServeOptions("127.0.0.1", 0, 2L * 1024 * 1024, Language.fi,
                Duration.ofSeconds(120), location));
    }

    private static Multipart form() {
        return new Multipart().file(TestServer.WORKBOOK).field("date", "2024-03-01");
    }

    private static int runs(Path store) {
        if (!Files.exists(store)) {
            return 0;
        }
        try (HistoryStore s = HistoryStore.openForReading(HistoryLocation.resolve(store.toString(), Map.of(),
                Path.of("")))) {
            return s.runs(null).size();
        }
    }

    @Test
    void recordsOnlyCheckedFormsAndShowsTheHistory(@TempDir Path dir) {
        Path store = dir.resolve("history.db");
        try (TestServer server = server(store)) {
            HttpResponse<String> start = server.get("/", "Accept", "text/html");
            assertTrue(start.body().contains("name=\"record\""), "the start page offers the checkbox");
            assertTrue(start.body().contains("Tallenna tämä tarkistus historiaan"));
            assertTrue(start.body().contains("href=\"/history?lang=fi\""), "the start page links to the history");
            HttpResponse<String> checkbox = server.get("/?lang=en");
            assertTrue(checkbox.body().contains("Unchecked, nothing is stored."), checkbox.body());

            HttpResponse<String> unchecked = server.post("/check", form(), "Accept", "text/html");
            assertEquals(200, unchecked.statusCode());
            assertFalse(unchecked.body().contains("id=\"recorded\""));
            assertEquals(0, runs(store), "an unchecked box stores nothing");

            for (int i = 1; i <= 2; i++) {
                HttpResponse<String> checked = server.post("/check", form().field("record", "on"),
                        "Accept", "text/html");
                assertEquals(200, checked.statusCode());
                assertTrue(checked.body().contains("id=\"recorded\""), checked.body());
                assertTrue(checked.body().contains("Tarkistus tallennettiin historiaan."));
                assertTrue(checked.body().contains("<iframe class=\"report\""), "the report is still shown");
                assertEquals(i, runs(store));
            }

            HttpResponse<String> history = server.get("/history?lang=en");
            assertEquals(200, history.statusCode());
            String srcdoc = history.body();
            assertTrue(srcdoc.contains("srcdoc=\""), srcdoc);
            String policy = history.headers().firstValue("Content-Security-Policy").orElseThrow();
            Matcher style = Pattern.compile("style-src '(sha256-[^']+)'").matcher(Pages.unescape(Pages.unescape(srcdoc)));
            assertTrue(style.find(), "the history page carries its own style hash");
            assertTrue(policy.contains("'" + style.group(1) + "'"), "the page's policy lets the history's style in: "
                    + policy);
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'none'"));
            // the history's runs table of each region lists the two recorded runs (a header row and two)
            String html = Pages.unescape(srcdoc.replace("&lt;", "<").replace("&gt;", ">"));
            Matcher runs = Pattern.compile("<section class=\"runs\">(.*?)</section>", Pattern.DOTALL).matcher(html);
            assertTrue(runs.find(), "the history lists its runs");
            do {
                assertEquals(3, count(runs.group(1), "<tr>"), runs.group(1));
            } while (runs.find());
        }
    }

    @Test
    void aStoreThatCannotBeWrittenIsOneLineAndTheReportStillShows(@TempDir Path dir) throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        try (TestServer server = server(notADirectory.resolve("history.db"))) {
            HttpResponse<String> checked = server.post("/check", form().field("record", "on"), "Accept", "text/html");
            assertEquals(200, checked.statusCode());
            Matcher m = Pattern.compile("<p class=\"not-recorded\" id=\"not-recorded\" role=\"alert\">([^<\\n]*)</p>")
                    .matcher(checked.body());
            assertTrue(m.find(), checked.body());
            // the store's own words in the page's language too, as the command line says them
            assertTrue(m.group(1).startsWith("Tarkistusta ei tallennettu historiaan: historiatietokanta "), m.group(1));
            assertTrue(m.group(1).endsWith(": sen hakemistoa ei voi luoda"), m.group(1));
            assertTrue(checked.body().contains("<iframe class=\"report\""));
            HttpResponse<String> swedish = server.post("/check", form().field("record", "on").field("lang", "sv"),
                    "Accept", "text/html");
            assertTrue(swedish.body().contains(": dess mapp kan inte skapas</p>"), swedish.body());
        }
    }

    @Test
    void apiRecordFieldRecordsWithHistory(@TempDir Path dir) {
        Path store = dir.resolve("h.db");
        try (TestServer server = server(store)) {
            HttpResponse<String> plain = server.post("/api/check", form());
            assertEquals(200, plain.statusCode());
            assertTrue(plain.headers().firstValue("X-Pkcheck-Recorded").isEmpty());
            assertEquals(0, runs(store));
            HttpResponse<String> recorded = server.post("/api/check", form().field("record", "true"));
            assertEquals(200, recorded.statusCode());
            assertNotNull(recorded.headers().firstValue("X-Pkcheck-Recorded").orElse(null));
            assertEquals(1, runs(store));
        }
    }

    @Test
    void withoutHistoryNothingIsStoredAndTheHistoryIsOff(@TempDir Path dir) throws Exception {
        Path cwdStore = Path.of(HistoryLocation.DEFAULT_FILE);
        boolean existed = Files.exists(cwdStore);
        try (TestServer server = server(null)) {
            HttpResponse<String> start = server.get("/");
            assertFalse(start.body().contains("name=\"record\""), "no checkbox without --history");
            HttpResponse<String> history = server.get("/history", "Accept", "text/html");
            assertEquals(404, history.statusCode());
            assertTrue(history.body().contains("id=\"history-off\""), history.body());
            assertTrue(history.body().contains("Historia ei ole käytössä"));

            HttpResponse<String> api = server.post("/api/check", form().field("record", "on"));
            assertEquals(200, api.statusCode());
            assertNull(api.headers().firstValue("X-Pkcheck-Recorded").orElse(null));
            HttpResponse<String> page = server.post("/check", form().field("record", "on"), "Accept", "text/html");
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains("id=\"recorded\"") || page.body().contains("id=\"not-recorded\""));
        }
        assertEquals(existed, Files.exists(cwdStore), "no default store was created");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
