package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.perhekeskus.pkcheck.cli.Console;
import fi.perhekeskus.pkcheck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoints of web.md over real HTTP, against a server started on a free port. */
class ApiTest {

    static final Path PIRKANMAA = Path.of("sample-data", "pirkanmaa");

    private static final Path WORKBOOK = TestServer.WORKBOOK;

    @AutoClose
    static final TestServer server = new TestServer();

    /** The command line's output for {@code args}, on the same fixed day as the server's clock. */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args, new Console(new PrintWriter(out), new PrintWriter(err), Map.of(), false, TestServer.CLOCK));
        assertEquals("", err.toString(), "the command line ran without an error");
        return out.toString();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void healthzAnswersOk() {
        HttpResponse<String> response = server.get("/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("ok", response.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(server.get("/healthz"), server.get("/api/rules"),
                server.get("/no/such/page"), server.post("/api/check", new Multipart()))) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
            assertFalse(response.headers().firstValue("Server").isPresent(), "no server version");
        }
    }

    @Test
    void rulesAreListedWithIdSeverityAndTitle() throws Exception {
        JsonNode rules = json(server.get("/api/rules", "Accept-Language", "en"));
        assertTrue(rules.size() > 30, "every rule");
        TreeSet<String> ids = new TreeSet<>();
        for (JsonNode rule : rules) {
            assertEquals(List.of("id", "severity", "title"), TestServer.fieldNames(rule));
            ids.add(rule.get("id").asText());
        }
        assertTrue(ids.containsAll(List.of("REP-001", "CHAIR-001", "MEET-001", "DATA-001")), ids.toString());
        String english = rules.get(0).get("title").asText();
        String finnish = json(server.get("/api/rules")).get(0).get("title").asText();
        assertFalse(english.equals(finnish), "the title follows Accept-Language, Finnish by default");
    }

    @Test
    void modelsAreTheBuiltInOnes() throws Exception {
        JsonNode models = json(server.get("/api/models"));
        List<String> ids = new ArrayList<>();
        models.forEach(m -> {
            assertEquals(List.of("id", "name"), TestServer.fieldNames(m));
            ids.add(m.get("id").asText());
        });
        assertEquals(List.of("kanta-hame", "pirkanmaa", "pohjois-karjala"), ids);
    }

    @Test
    void theWorkbookGivesTheCommandLinesJsonReportByteForByte() {
        HttpResponse<String> response = server.post("/api/check", new Multipart().file(WORKBOOK)
                .field("date", "2024-03-01"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json; charset=utf-8", TestServer.contentType(response));
        String expected = cli("check", WORKBOOK.toString(), "--format", "json", "--date", "2024-03-01", "--lang", "fi")
                .replace("sample-data/pirkanmaa.xlsx", "pirkanmaa.xlsx");
        assertEquals(expected, response.body());
        assertTrue(response.body().contains("\"datasets\" : [ \"pirkanmaa.xlsx\" ]")
                || response.body().contains("\"pirkanmaa.xlsx\""), "datasets names the uploaded file");
    }

    @Test
    void aWorkbookSavedByLibreOfficeIsCheckedAsTheCommandLineChecksIt() {
        Path ods = Path.of("src", "test", "resources", "spreadsheets", "libreoffice", "pirkanmaa.ods");
        HttpResponse<String> response = server.post("/api/check", new Multipart().file(ods)
                .field("date", "2024-03-01"));
        assertEquals(200, response.statusCode(), response.body());
        String expected = cli("check", ods.toString(), "--format", "json", "--date", "2024-03-01", "--lang", "fi")
                .replace(ods.toString(), "pirkanmaa.ods");
        assertEquals(expected, response.body());
    }

    @ParameterizedTest
    @CsvSource({"text,text/plain", "json,application/json", "sarif,application/sarif+json", "junit,application/xml",
            "markdown,text/markdown", "csv,text/csv", "html,text/html"})
    void everyReportFormatIsTheCommandLines(String format, String type) {
        HttpResponse<String> response = server.post("/api/check", new Multipart().file(WORKBOOK)
                .field("format", format).field("lang", "en"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(type + "; charset=utf-8", TestServer.contentType(response));
        String expected = cli("check", WORKBOOK.toString(), "--format", format, "--lang", "en")
                .replace("sample-data/pirkanmaa.xlsx", "pirkanmaa.xlsx");
        assertEquals(expected, response.body(), format);
    }

    @Test
    void anHtmlReportMayRunItsOwnInlineStyleAndScriptAndNothingElse() {
        HttpResponse<String> response = server.post("/api/check", new Multipart().file(WORKBOOK)
                .field("format", "html"));
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        java.util.regex.Matcher own = java.util.regex.Pattern.compile("'sha256-[A-Za-z0-9+/=]+'")
                .matcher(Pages.unescape(response.body()));
        int hashes = 0;
        while (own.find()) {
            assertTrue(policy.contains(own.group()), "the report's " + own.group() + " in " + policy);
            hashes++;
        }
        assertTrue(hashes >= 2, "a style and a script: " + hashes);
        assertTrue(policy.startsWith("default-src 'none'") && !policy.contains("unsafe-inline"), policy);
        String json = server.post("/api/check", new Multipart().file(WORKBOOK)).headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertEquals(SecurityHeaders.POLICY, json, "other formats keep the server's own policy");
    }

    @Test
    void severalFilesAreOneDatasetNamedAsUploaded() throws Exception {
        Multipart form = new Multipart().field("date", "2024-03-01");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(PIRKANMAA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                form.file(file);
                names.add(file.getFileName().toString());
            }
        }
        JsonNode report = json(server.post("/api/check", form));
        List<String> datasets = new ArrayList<>();
        report.get("datasets").forEach(d -> datasets.add(d.asText()));
        assertEquals(names, datasets);
        JsonNode cli = Json.MAPPER.readTree(cli("check", PIRKANMAA.toString(), "--format", "json", "--date",
                "2024-03-01", "--lang", "fi"));
        assertEquals(cli.get("summary"), report.get("summary"));
        assertEquals(findings(cli), findings(report));
    }

    @Test
    void aZipIsReadAsADirectory() throws Exception {
        JsonNode report = json(server.post("/api/check", new Multipart()
                .file("file", "pirkanmaa.zip", Zips.ofDirectory(PIRKANMAA)).field("date", "2024-03-01")));
        assertEquals("pirkanmaa.zip", report.get("datasets").get(0).asText());
        JsonNode cli = Json.MAPPER.readTree(cli("check", PIRKANMAA.toString(), "--format", "json", "--date",
                "2024-03-01", "--lang", "fi"));
        assertEquals(findings(cli), findings(report));
        assertTrue(report.toString().contains("pirkanmaa.zip/"), "locations inside the archive");
    }

    @Test
    void acceptLanguageChoosesTheReportsLanguageAndTheFieldWins() throws Exception {
        Multipart form = new Multipart().file(WORKBOOK);
        assertEquals("sv", json(server.post("/api/check", form, "Accept-Language", "sv-FI,sv;q=0.9,en;q=0.5"))
                .get("language").asText());
        assertEquals("en", json(server.post("/api/check", form, "Accept-Language", "de, en;q=0.8"))
                .get("language").asText());
        assertEquals("fi", json(server.post("/api/check", form, "Accept-Language", "de")).get("language").asText());
        assertEquals("fi", json(server.post("/api/check", form)).get("language").asText());
        Multipart english = new Multipart().file(WORKBOOK).field("lang", "en");
        assertEquals("en", json(server.post("/api/check", english, "Accept-Language", "sv")).get("language").asText());
    }

    @Test
    void aModelFieldChoosesABuiltInModel() throws Exception {
        JsonNode report = json(server.post("/api/check", new Multipart().file(WORKBOOK).field("model", "kanta-hame")));
        assertEquals("kanta-hame", report.get("model").asText());
    }

    @Test
    void aMeetingOfTheDataIsChecked() throws Exception {
        HttpResponse<String> response = server.post("/api/meeting", new Multipart().file(WORKBOOK)
                .field("meeting", "etela-koordinaatioryhma-2024-03"));
        assertEquals(200, response.statusCode(), response.body());
        String expected = cli("meeting", WORKBOOK.toString(), "--meeting", "etela-koordinaatioryhma-2024-03",
                "--format", "json", "--lang", "fi").replace("sample-data/pirkanmaa.xlsx", "pirkanmaa.xlsx");
        assertEquals(expected, response.body());
    }

    @Test
    void aMeetingByGroupAndAttendeesIsChecked() throws Exception {
        HttpResponse<String> response = server.post("/api/meeting", new Multipart().file(WORKBOOK)
                .field("group", "etela-koordinaatioryhma").field("attendees", "p009, p047").field("date", "2024-03-14")
                .field("format", "text").field("lang", "en"));
        assertEquals(200, response.statusCode(), response.body());
        String expected = cli("meeting", WORKBOOK.toString(), "--group", "etela-koordinaatioryhma", "--attendees",
                "p009,p047", "--date", "2024-03-14", "--lang", "en").replace("sample-data/pirkanmaa.xlsx", "pirkanmaa.xlsx");
        assertEquals(expected, response.body());
    }

    @Test
    void aFileThatCannotBeParsedIs400WithItsPosition() throws Exception {
        HttpResponse<String> response = server.post("/api/check", new Multipart()
                .file("file", "broken.yaml", "schemaVersion: 1\npeople: [\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, response.statusCode());
        JsonNode error = json(response);
        assertTrue(error.get("error").asText().startsWith("broken.yaml:"), error.toString());
        assertEquals("broken.yaml", error.get("file").asText());
        assertTrue(error.get("line").asInt() >= 2, error.toString());
        assertTrue(error.has("column"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fi", "sv", "en"})
    void anErrorIsTheCommandLinesLineInTheLanguageAsked(String lang) throws Exception {
        byte[] broken = "schemaVersion: 1\npeople: [\n".getBytes(StandardCharsets.UTF_8);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("pkcheck-api").resolve("broken.yaml");
        java.nio.file.Files.write(file, broken);
        StringWriter err = new StringWriter();
        Main.run(new String[] {"check", file.toString(), "--lang", lang},
                new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of(), false, TestServer.CLOCK));
        // The command line names itself before the line ("pkcheck: "); the server's answer is the line itself.
        String line = err.toString().trim().replace(file.toString(), "broken.yaml").replaceFirst("^pkcheck: ", "");

        HttpResponse<String> response = server.post("/api/check", new Multipart().file("file", "broken.yaml", broken)
                .field("lang", lang));

        assertEquals(400, response.statusCode());
        assertEquals(line, json(response).get("error").asText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "model|nowhere|model: unknown model 'nowhere'",
        "model|/etc/passwd|model: unknown model '/etc/passwd'",
        "date|2024-02-30|date: '2024-02-30' is not a date; write it as YYYY-MM-DD or D.M.YYYY",
        "format|pdf|format: pdf is not available",
        "lang|de|lang: 'de' is not one of fi, sv, en"})
    void badFieldsAre400(String field, String value, String error) throws Exception {
        HttpResponse<String> response = server.post("/api/check", new Multipart().file(WORKBOOK).field(field, value),
                "Accept-Language", "en");
        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("error").asText().startsWith(error), response.body());
    }

    @Test
    void noFileIs400() throws Exception {
        HttpResponse<String> response = server.post("/api/check", new Multipart().field("date", "2024-03-01")
                .field("lang", "en"));
        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("error").asText().startsWith("no file"), response.body());
        HttpResponse<String> swedish = server.post("/api/check", new Multipart().field("date", "2024-03-01"),
                "Accept-Language", "sv-FI");
        assertTrue(json(swedish).get("error").asText().startsWith("Ingen fil: välj en Excel-arbetsbok"),
                swedish.body());
    }

    @Test
    void aMeetingAskedForBothWaysOrNeitherIs400() throws Exception {
        assertEquals(400, server.post("/api/meeting", new Multipart().file(WORKBOOK)).statusCode());
        assertEquals(400, server.post("/api/meeting", new Multipart().file(WORKBOOK).field("meeting", "m")
                .field("group", "g")).statusCode());
        HttpResponse<String> unknown = server.post("/api/meeting", new Multipart().file(WORKBOOK)
                .field("meeting", "no-such-meeting").field("lang", "en"));
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).get("error").asText().startsWith("unknown meeting 'no-such-meeting'"));
    }

    @Test
    void aKindOfFileThatIsNotReadIs415() throws Exception {
        HttpResponse<String> response = server.post("/api/check", new Multipart()
                .file("file", "notes.docx", new byte[] {1, 2, 3}));
        assertEquals(415, response.statusCode());
        assertTrue(json(response).get("error").asText().startsWith("notes.docx: pkcheck ei lue tällaista tiedostoa"),
                "the server's language, Finnish: " + response.body());
        HttpResponse<String> old = server.post("/api/check", new Multipart()
                .file("file", "jäsenet.xls", new byte[] {1, 2, 3}).field("lang", "en"));
        assertEquals(415, old.statusCode());
        assertEquals("jäsenet.xls: pkcheck does not read the old Excel format (.xls); open the file in Excel and "
                + "save it as \"Excel Workbook (*.xlsx)\"", json(old).get("error").asText());
        HttpResponse<String> notMultipart = server.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.base + "api/check")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(415, notMultipart.statusCode());
    }

    @Test
    void aModelFileOfTheUploadersOwnIsUsed() throws Exception {
        byte[] model = Files.readAllBytes(Path.of("rules", "models", "kanta-hame.yaml"));
        JsonNode report = json(server.post("/api/check", new Multipart().file(WORKBOOK)
                .file("modelfile", "own.yaml", model)));
        assertEquals("kanta-hame", report.get("model").asText());
    }

    @Test
    void unknownPathsAre404InJson() throws Exception {
        HttpResponse<String> response = server.get("/api/nothing");
        assertEquals(404, response.statusCode());
        assertTrue(json(response).has("error"));
    }

    @Test
    void anEndpointAskedWithAnotherMethodIs405WithTheOneItAnswers() throws Exception {
        HttpResponse<String> get = server.get("/api/check");
        assertEquals(405, get.statusCode(), get.body());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertTrue(json(get).get("error").asText().contains("POST"), get.body());
        HttpResponse<String> post = server.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.base + "api/rules")).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(405, post.statusCode(), post.body());
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
    }

    /** Each finding as rule, subject and message, in report order: what both must agree on. */
    static List<String> findings(JsonNode report) {
        List<String> list = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            list.add(f.get("rule").asText() + " " + f.get("subject") + " " + f.get("message").asText());
        }
        return list;
    }
}
