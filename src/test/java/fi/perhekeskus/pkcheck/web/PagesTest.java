package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.LanguageReview;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The pages for people over HTTP: languages, the answer's parts, the templates, rules, models and error pages. */
class PagesTest {

    @AutoClose
    static final TestServer server = new TestServer();

    static Document page(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    @Test
    void theStartPageIsFinnishFirstAndFollowsTheBrowserAndTheSwitch() {
        assertEquals("fi", page(server.get("/")).selectFirst("html").attr("lang"));
        assertEquals("Granska ditt nätverks uppgifter", page(server.get("/", "Accept-Language", "sv-FI")).selectFirst("h1").text());
        assertEquals("Check your network's data", page(server.get("/?lang=en", "Accept-Language", "sv")).selectFirst("h1").text());
        Document fi = page(server.get("/"));
        assertTrue(fi.getElementById("privacy").text().contains("ei tallenneta"), "the page says nothing is stored");
        assertEquals("multipart/form-data", fi.selectFirst("form").attr("enctype"));
        assertEquals(3, fi.select(".langs a").size(), "a visible language switch");
        assertTrue(fi.select("script[src], link[href]").stream().allMatch(e -> !e.attr("src").contains("//")
                && !e.attr("href").contains("//")), "nothing loaded from another host");
    }

    @Test
    void theAnswerHasTheVerdictTheDownloadsAndTheReport() {
        HttpResponse<String> response = server.post("/check", new Multipart().file(TestServer.WORKBOOK)
                .field("date", "2024-03-01").field("lang", "sv"), "Accept", "text/html");
        assertEquals(200, response.statusCode());
        Document answer = page(response);
        assertEquals("3 fel, 4 varningar, 1 notering", answer.selectFirst("#verdict h1").text(),
                "every finding the report lists is counted, the notes too");
        assertTrue(answer.selectFirst("#verdict").text().contains("Kontrolldatum 1.3.2024, ledningsmodell Pirkanmaa"),
                "the date as Swedish writes it: " + answer.selectFirst("#verdict").text());
        assertEquals(7, answer.select("#downloads a[download]").size());
        assertTrue(answer.selectFirst("#download-json").attr("href").startsWith("data:application/json;charset=utf-8;base64,"));
        String srcdoc = answer.selectFirst("iframe.report").attr("srcdoc");
        assertTrue(srcdoc.startsWith("<!DOCTYPE html>") && srcdoc.contains("Pirkanmaa"), "the readiness report");
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("'sha256-") && csp.contains("frame-ancestors 'none'"), csp);
    }

    /**
     * Every page a reader meets, in Finnish and Swedish, passes the language review of the golden reports: the
     * forms, the lists of rules and models, the answer to a check (the report inside it included) and to a
     * meeting check.
     */
    @Test
    void everyPageReadsAsWrittenInItsOwnLanguage() {
        List<String> problems = new java.util.ArrayList<>();
        for (String lang : List.of("fi", "sv")) {
            for (String path : List.of("/", "/meeting", "/rules", "/models", "/models/pirkanmaa", "/network",
                    "/templates", "/history")) {
                HttpResponse<String> response = server.get(path + "?lang=" + lang);
                if (response.statusCode() == 404) {
                    continue;
                }
                problems.addAll(LanguageReview.problems(lang + " " + path,
                        LanguageReview.visibleText(response.body())));
            }
            Document answer = page(server.post("/check", new Multipart().file(TestServer.WORKBOOK)
                    .field("date", "2024-03-01").field("lang", lang), "Accept", "text/html"));
            problems.addAll(LanguageReview.problems(lang + " /check", LanguageReview.visibleText(answer.outerHtml())));
            problems.addAll(LanguageReview.problems(lang + " /check report",
                    LanguageReview.visibleText(answer.selectFirst("iframe.report").attr("srcdoc"))));
            Document pick = page(server.post("/meeting", new Multipart().file(TestServer.WORKBOOK).field("lang", lang),
                    "Accept", "text/html"));
            String meeting = pick.select("#meeting option:not([value=''])").first().attr("value");
            Document met = page(server.post("/meeting", new Multipart().file(TestServer.WORKBOOK).field("lang", lang)
                    .field("meeting", meeting), "Accept", "text/html"));
            problems.addAll(LanguageReview.problems(lang + " /meeting " + meeting,
                    LanguageReview.visibleText(met.outerHtml())));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theMeetingsToPickFromShowTheirDatesAsThePagesLanguageWritesThem() {
        for (String lang : List.of("fi", "sv")) {
            Document pick = page(server.post("/meeting", new Multipart().file(TestServer.WORKBOOK).field("lang", lang),
                    "Accept", "text/html"));
            List<String> labels = pick.select("#meeting option:not([value=''])").eachText().stream()
                    .filter(l -> !l.isBlank()).toList();
            assertFalse(labels.isEmpty(), pick.outerHtml());
            for (String label : labels) {
                assertTrue(label.matches("[^(]*[a-zåäö][^(]*, [1-9][0-9]?\\.[1-9][0-9]?\\.20[0-9]{2} \\(.+\\)"),
                        lang + ": the group's name, the date, then the id: " + label);
            }
        }
    }

    @Test
    void columnsAndSheetsNotReadAreListedInThePagesLanguage() throws IOException {
        byte[] book;
        try (XSSFWorkbook workbook = new XSSFWorkbook(java.nio.file.Files.newInputStream(TestServer.WORKBOOK))) {
            var people = workbook.getSheet("Henkilöt");
            people.getRow(0).createCell(people.getRow(0).getLastCellNum()).setCellValue("Puhelin");
            workbook.createSheet("Muistiinpanot").createRow(0).createCell(0).setCellValue("Soita Kelaan");
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            book = out.toByteArray();
        }
        Document fi = page(server.post("/check", new Multipart().file("file", "verkosto.xlsx", book), "Accept",
                "text/html"));
        assertEquals("Lukematta jääneet sarakkeet ja välilehdet", fi.selectFirst("#not-read h2").text());
        assertEquals(List.of("Henkilöt: Puhelin", "Muistiinpanot (koko välilehti)"),
                fi.select("#not-read li").eachText());
        Document sv = page(server.post("/check", new Multipart().file("file", "verkosto.xlsx", book).field("lang",
                "sv"), "Accept", "text/html"));
        assertEquals(List.of("Henkilöt: Puhelin", "Muistiinpanot (hela fliken)"), sv.select("#not-read li").eachText());
        Document meeting = page(server.post("/meeting", new Multipart().file("file", "verkosto.xlsx", book)
                .field("meeting", "etela-koordinaatioryhma-2024-03"), "Accept", "text/html"));
        assertTrue(meeting.selectFirst("#verdict") != null, meeting.outerHtml());
        assertEquals(List.of("Henkilöt: Puhelin", "Muistiinpanot (koko välilehti)"),
                meeting.select("#not-read li").eachText(), "whom to call is worked out without them");
        Document sample = page(server.post("/check", new Multipart().file(TestServer.WORKBOOK), "Accept", "text/html"));
        assertTrue(sample.select("#not-read").isEmpty(), "nothing left unread, no section");
    }

    @Test
    void dataErrorsAreShownByFileRowAndWhatIsWrongInThePagesLanguage() {
        byte[] data = ("schemaVersion: 1\nmodel: pirkanmaa\norganisations:\n  - { id: x, type: NOPE, name: X }\n")
                .getBytes(StandardCharsets.UTF_8);
        Document answer = page(server.post("/check", new Multipart().file("file", "verkosto.yaml", data),
                "Accept", "text/html"));
        var row = answer.selectFirst("#data-errors tbody tr");
        assertEquals("verkosto.yaml", row.child(0).text());
        assertEquals("4", row.child(2).text());
        assertFalse(row.child(3).text().isBlank());
        assertTrue(answer.selectFirst("#data-errors h2").text().equals("Virheet tiedoissa"));
    }

    @Test
    void anUnreadableUploadIsAPageWithOneLineAndNoTrace() {
        HttpResponse<String> response = server.post("/check", new Multipart().file("file", "members.xlsx",
                "not a workbook".getBytes(StandardCharsets.UTF_8)), "Accept", "text/html");
        assertEquals(400, response.statusCode());
        Document page = page(response);
        assertEquals("Tarkistusta ei voitu tehdä", page.selectFirst("#error h2").text());
        assertTrue(page.getElementById("error-message").text().startsWith("members.xlsx: Excel-työkirjaa ei voi lukea"),
                "in the page's language");
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), "no trace");
    }

    /** The answer says which group's meeting on which day, by name, with no id made up for an ad hoc check. */
    @Test
    void theMeetingsAnswerNamesItsGroupAndDate() {
        Document pick = page(server.post("/meeting", new Multipart().file(TestServer.WORKBOOK).field("lang", "fi"),
                "Accept", "text/html"));
        String meeting = pick.select("#meeting option:not([value=''])").first().attr("value");
        String group = pick.select("#meeting option:not([value=''])").first().text().replaceAll(",.*", "");
        Document met = page(server.post("/meeting", new Multipart().file(TestServer.WORKBOOK).field("lang", "fi")
                .field("meeting", meeting), "Accept", "text/html"));
        String heading = met.selectFirst("#verdict p").text();
        assertTrue(heading.matches(java.util.regex.Pattern.quote(group) + ": kokous [0-9.]+ \\("
                + java.util.regex.Pattern.quote(meeting) + "\\)"), heading);
        Document adHoc = page(server.post("/meeting", new Multipart().file(TestServer.WORKBOOK).field("lang", "sv")
                .field("group", "pirkanmaa-ohjausryhma").field("date", "2024-03-01"), "Accept", "text/html"));
        assertEquals("Pirkanmaan perhekeskusten maakunnallinen ohjausryhmä: mötet den 1.3.2024",
                adHoc.selectFirst("#verdict p").text());
    }

    @Test
    void templatesAreWorkbooksPerModelInThePagesLanguage() throws IOException {
        assertEquals(List.of("Ohjeet", "Aineisto", "Organisaatiot", "Henkilöt", "Ryhmät", "Jäsenet", "Kunnat",
                "Alueet", "Kohtaamispaikat", "Kokoukset"), sheets("templates/pirkanmaa.xlsx"));
        assertEquals("Medlemmar", sheets("templates/pirkanmaa.xlsx?lang=sv").get(5));
        assertEquals("members", sheets("templates/pirkanmaa.xlsx?lang=en").get(5));
        assertEquals(3, page(server.get("/templates")).select("a[href*=.xlsx]").size());
        assertEquals("/templates/kanta-hame.xlsx?lang=sv",
                page(server.get("/templates?lang=sv")).select("a[href*=kanta-hame]").attr("href"));
        assertEquals(404, server.get("/templates/nowhere.xlsx").statusCode());
        assertEquals("attachment; filename=\"perhekeskus-pohja-pirkanmaa.xlsx\"",
                server.get("/templates/pirkanmaa.xlsx").headers().firstValue("Content-Disposition").orElse(""),
                "saved under a name in the reader's language");
        assertEquals("attachment; filename=\"familjecentral-mall-kanta-hame.xlsx\"",
                server.get("/templates/kanta-hame.xlsx?lang=sv").headers().firstValue("Content-Disposition")
                        .orElse(""));
    }

    /** The names of the sheets of the workbook at {@code path}, in their order. */
    private static List<String> sheets(String path) throws IOException {
        HttpResponse<byte[]> response = server.client.sendAsync(HttpRequest.newBuilder(
                URI.create(server.base + path)).build(), HttpResponse.BodyHandlers.ofByteArray()).join();
        assertEquals(200, response.statusCode(), path);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    @Test
    void rulesAndModelsArePagesToRead() {
        Document rules = page(server.get("/rules?lang=en"));
        assertTrue(rules.getElementById("REP-001").text().contains("REP-001"));
        Document model = page(server.get("/models/pirkanmaa?lang=fi"));
        assertFalse(model.selectFirst("#demands pre").text().isBlank());
        assertEquals(404, server.get("/models/nowhere").statusCode());
    }

    @Test
    void theVerdictCountsInEachLanguagesPlural() {
        assertEquals("1 virhe", new WebText(Language.fi).count("verdict.errors", 1));
        assertEquals("2 virhettä", new WebText(Language.fi).count("verdict.errors", 2));
        assertEquals("1 varoitus", new WebText(Language.fi).count("verdict.warnings", 1));
        assertEquals("1 varning", new WebText(Language.sv).count("verdict.warnings", 1));
        assertEquals("5 varningar", new WebText(Language.sv).count("verdict.warnings", 5));
        assertEquals("1 error", new WebText(Language.en).count("verdict.errors", 1));
        assertEquals("3 errors", new WebText(Language.en).count("verdict.errors", 3));
        assertEquals("2 huomautusta", new WebText(Language.fi).count("verdict.infos", 2),
                "the report's word for an INFO finding");
    }

    @Test
    void everyTextExistsInEveryLanguage() throws Exception {
        var en = new WebText(Language.en).all().keySet();
        for (Language lang : Language.values()) {
            assertEquals(en, new WebText(lang).all().keySet(), lang.name());
        }
        // Each file on its own: a key missing from messages_fi.properties would be inherited in English above.
        var english = ownKeys("messages.properties");
        assertEquals(english, ownKeys("messages_fi.properties"), "fi");
        assertEquals(english, ownKeys("messages_sv.properties"), "sv");
    }

    private static java.util.Set<String> ownKeys(String file) throws java.io.IOException {
        java.util.Properties texts = new java.util.Properties();
        try (var in = PagesTest.class.getResourceAsStream("/pkcheck/web/" + file)) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new java.util.TreeSet<>(texts.stringPropertyNames());
    }
}
