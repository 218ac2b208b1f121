package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.history.TestPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --record} and {@code pkcheck history} end to end through {@link Main#run}: two checks of the
 * Pirkanmaa sample, the second after one gap was fixed and another opened, then the history.
 */
class HistoryCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** A copy of the Pirkanmaa sample to change between checks. */
    Path sample() throws IOException {
        Path source = TestPaths.repository().resolve("sample-data/pirkanmaa");
        Path copy = temp.resolve("pirkanmaa");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        return copy;
    }

    /** Fixes TERM-001 (p032's term is extended) and opens REP-001 in the western group (Kela's seat removed). */
    static void change(Path data) throws IOException {
        Path provincial = data.resolve("groups-provincial.yaml");
        String p = Files.readString(provincial, StandardCharsets.UTF_8);
        Files.writeString(provincial, p.replace("{ person: p032, represents: ylojarvi, from: 2023-01-01, until: 2023-12-31 }",
                "{ person: p032, represents: ylojarvi, from: 2023-01-01, until: 2029-05-31 }"), StandardCharsets.UTF_8);
        Path regional = data.resolve("groups-regional.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(regional, StandardCharsets.UTF_8));
        assertTrue(lines.removeIf(l -> l.contains("person: p046, represents: kela")));
        Files.write(regional, lines, StandardCharsets.UTF_8);
    }

    /** Two recorded checks of the sample into {@code history}, the data changed between them. */
    static void recordTwice(Path data, String history, Map<String, String> env) throws IOException {
        Cli.Result first = Cli.run(env, false, "check", data.toString(), "--date", "2024-03-01", "--record",
                "--history", history, "--label", "ohjausryhmä 3/2024", "--format", "json");
        assertEquals(1, first.exit(), first.err());
        assertEquals("", first.err());
        change(data);
        Cli.Result second = Cli.run(env, false, "check", data.toString(), "--date", "2024-03-02", "--record",
                "--history", history);
        assertEquals(1, second.exit(), second.err());
        assertEquals("", second.err());
    }

    @Test
    void twoRecordedChecksShowTwoRunsWithWhatIsNewAndFixed() throws IOException {
        Path data = sample();
        String history = temp.resolve("h/history.db").toString();
        recordTwice(data, history, Map.of());
        Cli.Result r = Cli.run("history", "--history", history, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTwoRuns(JSON.readTree(r.out()));
    }

    /** The JSON of history.md for the two checks of {@link #recordTwice}. */
    static void assertTwoRuns(JsonNode doc) {
        assertEquals(1, doc.get("schemaVersion").asInt());
        JsonNode runs = doc.get("runs");
        assertEquals(2, runs.size());
        JsonNode first = runs.get(0);
        JsonNode second = runs.get(1);
        assertEquals("pirkanmaa", first.get("region").asText());
        assertEquals("pirkanmaa", first.get("model").asText());
        assertEquals("2024-03-01", first.get("checkDate").asText());
        assertEquals("2024-03-01T10:00:00Z", first.get("recordedAt").asText(), "the run's clock");
        assertEquals("ohjausryhmä 3/2024", first.get("label").asText());
        assertTrue(second.get("label").isNull());
        assertEquals(3, first.get("summary").get("errors").asInt());
        assertEquals(4, first.get("summary").get("warnings").asInt());
        assertEquals(1, first.get("summary").get("infos").asInt());
        assertEquals(0, first.get("summary").get("waived").asInt());
        assertEquals(8, first.get("new").asInt(), "every finding of a region's first run is new");
        assertEquals(0, first.get("fixed").asInt());
        assertEquals(List.of("REP-001 group lansi-koordinaatioryhma"), keys(second.get("newFindings")));
        assertTrue(keys(second.get("fixedFindings")).stream().anyMatch(k -> k.startsWith("TERM-001 membership "
                + "pirkanmaa-ohjausryhma/H-")), "fixed, and the person in it pseudonymised: " + second);
        assertEquals(second.get("newFindings").size(), second.get("new").asInt());
        assertEquals(second.get("fixedFindings").size(), second.get("fixed").asInt());
        assertEquals(4, second.get("summary").get("errors").asInt());
        assertFalse(doc.toString().contains("p032"), "no person id in the history");
    }

    private static List<String> keys(JsonNode items) {
        List<String> keys = new ArrayList<>();
        items.forEach(i -> keys.add(i.get("rule").asText() + " " + i.get("subject").get("type").asText() + " "
                + i.get("subject").get("id").asText()));
        return keys;
    }

    @Test
    void theSameWithAPostgresServer() throws Exception {
        TestPostgres.assumeReachable();
        TestPostgres server = new TestPostgres();
        try {
            Path data = sample();
            String url = server.freshStoreUrl();
            recordTwice(data, url, TestPostgres.env());
            Cli.Result r = Cli.run(TestPostgres.env(), false, "history", "--history", url, "--format", "json");
            assertEquals(0, r.exit(), r.err());
            assertTwoRuns(JSON.readTree(r.out()));
        } finally {
            server.dropAll();
        }
    }

    @Test
    void recordingChangesNeitherTheReportNorTheExitCode() throws IOException {
        Path data = sample();
        Cli.Result plain = Cli.run("check", data.toString(), "--date", "2024-03-01", "--format", "json");
        Cli.Result recorded = Cli.run("check", data.toString(), "--date", "2024-03-01", "--format", "json",
                "--record", "--history", temp.resolve("h.db").toString());
        assertEquals(plain.exit(), recorded.exit());
        assertEquals(plain.out(), recorded.out());
        assertTrue(Files.isRegularFile(temp.resolve("h.db")));
    }

    @Test
    void aStoreThatCannotBeWrittenStillGivesTheReportThenExitTwo() throws IOException {
        Path data = sample();
        Path notADirectory = Files.writeString(temp.resolve("plain-file"), "x");
        Cli.Result plain = Cli.run("check", data.toString(), "--date", "2024-03-01");
        Cli.Result r = Cli.run("check", data.toString(), "--date", "2024-03-01", "--record", "--history",
                notADirectory.resolve("history.db").toString());
        assertEquals(2, r.exit());
        assertEquals(plain.out(), r.out(), "the report is still written");
        String err = r.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.startsWith("pkcheck: the run was not recorded: history store "), err);
    }

    @Test
    void thePostgresPasswordNeverShows() throws IOException {
        Path data = sample();
        Cli.Result r = Cli.run(Map.of("PKCHECK_DB_PASSWORD", "hunter2"), false, "check", data.toString(), "--date",
                "2024-03-01", "--record", "--history", "jdbc:postgresql://127.0.0.1:1/none?password=sekret&connectTimeout=1");
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("sekret") || r.err().contains("hunter2"), r.err());
        assertTrue(r.err().contains("jdbc:postgresql://127.0.0.1:1/none"), r.err());
    }

    @Test
    void historyOfAMissingStoreIsExitTwoInOneLine() {
        Cli.Result r = Cli.run("history", "--history", temp.resolve("none.db").toString());
        assertEquals(2, r.exit());
        assertFalse(r.err().strip().contains("\n"));
        assertTrue(r.err().contains("no such file"), r.err());
        assertFalse(Files.exists(temp.resolve("none.db")));
    }

    @Test
    void historyTextIsInTheReadersLanguageWithItsDates() throws IOException {
        Path data = sample();
        String history = temp.resolve("history.db").toString();
        recordTwice(data, history, Map.of());
        Cli.Result fi = Cli.run("history", "--history", history, "--lang", "fi", "--region", "pirkanmaa");
        assertEquals(0, fi.exit(), fi.err());
        assertTrue(fi.out().contains("tarkistuspäivä 1.3.2024"), fi.out());
        assertTrue(fi.out().contains("tarkistuspäivä 2.3.2024"), fi.out());
        assertTrue(fi.out().contains("muutos +33,3 %"), "a decimal comma: " + fi.out());
        // Each run's counts in words, each in its plural form (not the keys of the patterns).
        assertTrue(fi.out().matches("(?s).*\\d+ virhettä, \\d+ varoitusta, 1 huomautus; uusia.*"), fi.out());
        assertFalse(fi.out().contains("html.count"), fi.out());
        Cli.Result en = Cli.run("history", "--history", history, "--lang", "en");
        assertTrue(en.out().matches("(?s).*\\d+ errors, \\d+ warnings, 1 info; \\d+ new.*"), en.out());
        assertTrue(en.out().contains("check date 1 March 2024"), en.out());
        assertTrue(en.out().contains("a change of +33.3%"), en.out());
        Cli.Result other = Cli.run("history", "--history", history, "--region", "kanta-hame", "--format", "json");
        assertEquals(0, other.exit());
        assertEquals(0, JSON.readTree(other.out()).get("runs").size());
    }

    @Test
    void historyHtmlShowsTheRunsTheChangesAndATrendChartDrawnOnTheServer() throws IOException {
        Path data = sample();
        String history = temp.resolve("history.db").toString();
        recordTwice(data, history, Map.of());
        Path out = temp.resolve("history.html");
        Cli.Result r = Cli.run("history", "--history", history, "--format", "html", "-o", out.toString(), "--lang",
                "fi");
        assertEquals(0, r.exit(), r.err());
        Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("fi", page.selectFirst("html").attr("lang"));
        assertEquals(2, page.select(".runs tbody tr").size(), "two runs");
        assertEquals("1.3.2024", page.select(".runs tbody tr").get(0).select("td").get(2).text());
        assertEquals("ohjausryhmä 3/2024", page.select(".runs tbody tr").get(0).select("td").get(3).text());
        Element svg = page.selectFirst("svg.chart");
        assertTrue(svg != null, "a chart");
        assertEquals(2, svg.select("polyline").size(), "errors and warnings");
        assertEquals(4, svg.select("circle").size(), "two runs each");
        assertTrue(svg.selectFirst("title").text().contains("Avoimet virheet"));
        assertEquals("Uudet löydökset (1)", page.select(".changes h3").get(0).text());
        assertEquals("REP-001 Mallin edellyttämää tahoa edustaa liian harva jäsen \u2013 ryhmä lansi-koordinaatioryhma",
                page.select(".changes li").get(0).text(), "the rule's title says what is new");
        assertTrue(page.select(".changes li").get(1).text().startsWith("TERM-001 Jäsenyyden toimikausi ei ole voimassa "
                + "tarkistuspäivänä \u2013 jäsenyys pirkanmaa-ohjausryhma/H-"));
        assertTrue(page.select(".matrix .arrow").stream().anyMatch(a -> a.text().equals("\u2191")), "worse somewhere");
        assertTrue(page.select(".matrix .arrow").stream().anyMatch(a -> a.text().equals("\u2193")), "better somewhere");
        assertTrue(page.select("[src], link[href], script").isEmpty(), "nothing loaded, nothing run");
        assertTrue(page.selectFirst(".verdict").text().contains("+33,3 %"), page.selectFirst(".verdict").text());
        assertFalse(page.outerHtml().contains("p032"));
        assertFalse(page.outerHtml().contains("html.count"), "counts in words, not the keys of their patterns");
    }

    @Test
    void historyCsvHasOneRowPerRun() throws IOException {
        Path data = sample();
        String history = temp.resolve("history.db").toString();
        recordTwice(data, history, Map.of());
        Path out = temp.resolve("out/history.csv");
        Cli.Result r = Cli.run("history", "--history", history, "--format", "csv", "-o", out.toString(), "--lang", "fi");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("\uFEFFNro;Tallennettu;Tarkistuspäivä"), lines.get(0));
        assertTrue(lines.get(1).endsWith(";3;4;1;0;8;0"), lines.get(1));
        // The time recorded as Excel and Calc read a date and time (not ISO's 2026-12-06T12:31:23Z, which is text).
        assertTrue(lines.get(1).matches("1;\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d;\\d{4}-\\d\\d-\\d\\d;.*"),
                lines.get(1));
    }
}
