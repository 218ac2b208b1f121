package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import fi.perhekeskus.pkcheck.render.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the server's own, over real HTTP, in the language the request asks for (its browser's
 * {@code Accept-Language} here): status and JSON shape as web.md fixes them, the text in Finnish, Swedish and
 * English, and no English words left in the Finnish or Swedish one.
 */
class RefusalLanguageTest {

    static final byte[] DATA = "schemaVersion: 1\nmodel: pirkanmaa\n".getBytes(StandardCharsets.UTF_8);
    /** Words all three languages write alike: file kinds, the program's name. */
    static final Set<String> SHARED = Set.of("pkcheck", "yaml", "yml", "json", "xlsx", "ods", "csv", "zip", "mib");

    @AutoClose
    static final TestServer server = new TestServer();

    /**
     * The refusal {@code ask} gets in each language: each with {@code status} and a JSON error and nothing else but
     * the fields web.md names; the Finnish and Swedish ones share no word with the English one but those of
     * {@code allowed} (what the request itself gave: a file's name, a model's id) and the {@link #SHARED} ones.
     */
    static Map<Language, JsonNode> refused(int status, Function<String, HttpResponse<String>> ask, String... allowed)
            throws Exception {
        Map<Language, JsonNode> answers = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            HttpResponse<String> response = ask.apply(lang.name());
            assertEquals(status, response.statusCode(), lang + ": " + response.body());
            assertTrue(TestServer.contentType(response).startsWith("application/json"), response.body());
            JsonNode error = Json.MAPPER.readTree(response.body());
            assertTrue(Set.of("error", "file", "sheet", "line", "column").containsAll(TestServer.fieldNames(error)),
                    error.toString());
            String line = error.get("error").asText();
            assertFalse(line.isBlank() || line.contains("\n") || line.contains("Exception"), line);
            answers.put(lang, error);
        }
        String english = answers.get(Language.en).get("error").asText();
        Set<String> free = new HashSet<>(SHARED);
        for (String text : allowed) {
            free.addAll(words(text));
        }
        for (Language lang : List.of(Language.fi, Language.sv)) {
            String text = answers.get(lang).get("error").asText();
            assertNotEquals(english, text, lang.name());
            Set<String> common = new TreeSet<>(words(text));
            common.retainAll(words(english));
            common.removeAll(free);
            assertEquals(Set.of(), common, lang + " answer has English words: " + text + " | " + english);
        }
        return answers;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 3) {
                words.add(word);
            }
        }
        return words;
    }

    static String text(Map<Language, JsonNode> answers, Language lang) {
        return answers.get(lang).get("error").asText();
    }

    static HttpResponse<String> post(String path, Multipart form, String lang) {
        return server.post(path, form, "Accept-Language", lang);
    }

    static HttpResponse<String> get(String path, String lang) {
        return server.get(path, "Accept-Language", lang);
    }

    /** A check posted with {@code body} as it is, said to be {@code type}. */
    static HttpResponse<String> raw(String type, String body, String lang) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base + "api/check")).header("Content-Type", type)
                .header("Accept-Language", lang).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    // CheckRequest

    @Test
    void aBuiltInModelAndAModelFileBothAre400() throws Exception {
        byte[] model = Files.readAllBytes(Path.of("rules", "models", "kanta-hame.yaml"));
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .field("model", "pirkanmaa").file("modelfile", "own.yaml", model), lang));
        assertEquals("Valitse joko johtamismalli tai oma mallitiedosto, ei molempia.", text(answers, Language.fi));
        assertEquals("Välj antingen en ledningsmodell eller en egen modellfil, inte båda.",
                text(answers, Language.sv));
        assertEquals("give either model (a built-in id) or modelfile (your own model), not both",
                text(answers, Language.en));
    }

    @Test
    void aMeetingAskedForNeitherWayOrBothWaysIs400() throws Exception {
        for (Multipart form : List.of(new Multipart().file("file", "data.yaml", DATA),
                new Multipart().file("file", "data.yaml", DATA).field("meeting", "m").field("group", "g"))) {
            var answers = refused(400, lang -> post("/api/meeting", form, lang));
            assertEquals("Valitse joko tiedoissa oleva kokous tai ryhmä (ja osallistujat), ei molempia.",
                    text(answers, Language.fi));
            assertEquals("give either meeting (a meeting of the data) or group (and attendees)",
                    text(answers, Language.en));
        }
    }

    @Test
    void attendeesWithAMeetingOfTheDataAre400() throws Exception {
        var answers = refused(400, lang -> post("/api/meeting", new Multipart().file("file", "data.yaml", DATA)
                .field("meeting", "m1").field("attendees", "p1,p2"), lang));
        assertTrue(text(answers, Language.fi).startsWith("Osallistujat valitaan vain ryhmälle"), answers.toString());
        assertTrue(text(answers, Language.sv).startsWith("Deltagarna väljs bara för en grupp"), answers.toString());
        assertEquals("attendees go with group; a meeting of the data lists its own", text(answers, Language.en));
    }

    @Test
    void anUnknownModelIs400NamingTheBuiltInOnes() throws Exception {
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .field("model", "nowhere"), lang), "nowhere", "kanta-hame", "pirkanmaa", "varsinais-suomi",
                String.join(" ", fi.perhekeskus.pkcheck.load.ModelLoader.BUILT_IN));
        String models = String.join(", ", fi.perhekeskus.pkcheck.load.ModelLoader.BUILT_IN);
        assertEquals("Johtamismallia ”nowhere” ei ole. Valittavissa ovat: " + models + ".", text(answers, Language.fi));
        assertEquals("Ledningsmodellen ”nowhere” finns inte. Du kan välja: " + models + ".",
                text(answers, Language.sv));
        assertEquals("model: unknown model 'nowhere': not a built-in model (" + models + ")",
                text(answers, Language.en));
    }

    @Test
    void aDateThatIsNoneIs400SayingBothForms() throws Exception {
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .field("date", "30.2.2024"), lang));
        assertEquals("”30.2.2024” ei ole päivämäärä. Kirjoita päivä muodossa 1.3.2024 tai 2024-03-01.",
                text(answers, Language.fi));
        assertEquals("”30.2.2024” är inget datum. Skriv datumet som 1.3.2024 eller 2024-03-01.",
                text(answers, Language.sv));
        assertEquals("date: '30.2.2024' is not a date; write it as YYYY-MM-DD or D.M.YYYY (2024-03-01 or 1.3.2024)",
                text(answers, Language.en));
    }

    @Test
    void theDateIsTakenAsACoordinatorWritesItAsTheCommandLineTakesIt() throws Exception {
        HttpResponse<String> iso = server.post("/api/check", new Multipart().file(TestServer.WORKBOOK)
                .field("date", "2024-03-01"));
        HttpResponse<String> finnish = server.post("/api/check", new Multipart().file(TestServer.WORKBOOK)
                .field("date", " 1.3.2024 "));
        assertEquals(200, iso.statusCode(), iso.body());
        assertEquals(200, finnish.statusCode(), finnish.body());
        assertEquals(iso.body(), finnish.body());
        HttpResponse<String> other = server.post("/api/check", new Multipart().file(TestServer.WORKBOOK)
                .field("date", "2.3.2024"));
        assertNotEquals(iso.body(), other.body(), "the day given is the day checked");
    }

    @Test
    void aLanguageThatIsNoneIs400InTheBrowsersLanguage() throws Exception {
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .field("lang", "de"), lang), "fi sv en");
        assertEquals("Kieli ”de” ei ole valittavissa. Valitse suomi (fi), ruotsi (sv) tai englanti (en).",
                text(answers, Language.fi));
        assertEquals("Språket ”de” kan inte väljas. Välj finska (fi), svenska (sv) eller engelska (en).",
                text(answers, Language.sv));
        assertEquals("lang: 'de' is not one of fi, sv, en", text(answers, Language.en));
    }

    @Test
    void aFormatThatIsNoneIs400NamingThoseThereAre() throws Exception {
        String formats = String.join(", ", fi.perhekeskus.pkcheck.render.Renderers.names());
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .field("format", "pdf"), lang), "pdf", formats);
        assertEquals("Raporttimuotoa ”pdf” ei ole saatavilla. Valitse jokin näistä: " + formats + ".", text(answers, Language.fi));
        assertEquals("Rapportformatet ”pdf” finns inte. Välj ett av dessa: " + formats + ".",
                text(answers, Language.sv));
        assertEquals("format: pdf is not available; choose one of " + formats, text(answers, Language.en));
    }

    // InMemoryUpload

    @Test
    void twoFilesOfOneNameAre400() throws Exception {
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .file("file", "data.yaml", DATA), lang), "data.yaml");
        assertEquals("data.yaml: kahdella tiedostolla on sama nimi. Nimeä toinen uudelleen ja lähetä tiedostot "
                + "uudestaan.", text(answers, Language.fi));
        assertEquals("data.yaml: two uploaded files have this name; rename one of them", text(answers, Language.en));
    }

    @Test
    void moreFilesThanTheLimitIs413WithTheNumberAsEachLanguageWritesIt() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 600; i++) {
            entries.put("f" + i + ".txt", new byte[0]);
        }
        byte[] zip = Zips.of(entries);
        var answers = refused(413, lang -> post("/api/check", new Multipart().file("file", "a.zip", zip)
                .file("file", "b.zip", zip).file("file", "data.yaml", DATA), lang));
        assertEquals("Tiedostoja on liikaa: kerralla voi lähettää enintään 1\u00a0000 tiedostoa, .zip-pakettien "
                + "sisältö mukaan lukien.", text(answers, Language.fi));
        assertEquals("För många filer: högst 1\u00a0000 filer kan skickas på en gång, innehållet i .zip-paket "
                + "medräknat.", text(answers, Language.sv));
        assertEquals("more than 1,000 files in one upload, counting those inside .zip archives",
                text(answers, Language.en));
    }

    @Test
    void aModelFileThatIsNotYamlOrJsonIs415() throws Exception {
        var answers = refused(415, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .file("modelfile", "malli.docx", new byte[] {1, 2}), lang), "malli.docx");
        assertEquals("malli.docx: oman mallitiedoston on oltava YAML- tai JSON-tiedosto.", text(answers, Language.fi));
        assertEquals("malli.docx: en egen modellfil ska vara en YAML- eller JSON-fil.", text(answers, Language.sv));
        assertEquals("malli.docx: a model file is YAML or JSON", text(answers, Language.en));
    }

    @Test
    void twoModelFilesAre400() throws Exception {
        byte[] model = Files.readAllBytes(Path.of("rules", "models", "kanta-hame.yaml"));
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "data.yaml", DATA)
                .file("modelfile", "a.yaml", model).file("modelfile", "b.yaml", model), lang));
        assertEquals("Lähetä enintään yksi oma mallitiedosto.", text(answers, Language.fi));
        assertEquals("upload one model file at most", text(answers, Language.en));
    }

    @Test
    void aFileWithNoUsableNameIs400() throws Exception {
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "..", DATA), lang));
        assertTrue(text(answers, Language.fi).startsWith("Lähetetyllä tiedostolla ei ole käyttökelpoista nimeä."),
                answers.toString());
        assertTrue(text(answers, Language.sv).startsWith("En skickad fil har inget användbart namn."),
                answers.toString());
        assertEquals("an uploaded file has no usable name; rename it and upload it again", text(answers, Language.en));
    }

    // Uploads

    @Test
    void aRequestThatIsNotAFormIs415() throws Exception {
        var answers = refused(415, lang -> raw("application/json", "{}", lang), "multipart/form-data file");
        assertEquals("Pyyntö ei ole lomakkeen lähetys: lähetä tiedostot multipart/form-data-muodossa kentässä ”file”.",
                text(answers, Language.fi));
        assertEquals("send the files as multipart/form-data, in the field 'file'", text(answers, Language.en));
    }

    @Test
    void aFormThatCannotBeReadIs400() throws Exception {
        var answers = refused(400, lang -> raw("multipart/form-data; boundary=nothing-like-it",
                "this is no form at all", lang), "multipart/form-data");
        assertEquals("Lähetystä ei voitu lukea: se ei ole kelvollinen lomakkeen lähetys (multipart/form-data).",
                text(answers, Language.fi));
        assertEquals("the upload is not a readable multipart/form-data request", text(answers, Language.en));
        // Jetty drops such a connection; the answer says so, or the client's next request on it gets no answer.
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> again = raw("multipart/form-data; boundary=nothing-like-it", "no form " + i, "en");
            assertEquals(400, again.statusCode(), again.body());
            assertEquals("close", again.headers().firstValue("Connection").orElse(""), again.headers().toString());
        }
    }

    // ZipUnpacker and the loader

    @Test
    void aZipOfTooManyEntriesIs413() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < ServeOptions.MAX_FILES + 1; i++) {
            entries.put("d/f" + i + ".txt", new byte[0]);
        }
        byte[] zip = Zips.of(entries);
        var answers = refused(413, lang -> post("/api/check", new Multipart().file("file", "many.zip", zip), lang),
                "many.zip");
        assertEquals("many.zip: paketissa on yli 1\u00a0000 tiedostoa tai kansiota.", text(answers, Language.fi));
        assertEquals("many.zip: paketet innehåller fler än 1\u00a0000 filer eller mappar.", text(answers, Language.sv));
        assertEquals("many.zip: more than 1,000 entries in the archive", text(answers, Language.en));
    }

    @Test
    void anEntryOutsideTheArchiveIs400() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("data.yaml", DATA);
        entries.put("../evil.yaml", DATA);
        byte[] zip = Zips.of(entries);
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "evil.zip", zip), lang),
                "evil.zip ../evil.yaml");
        assertEquals("evil.zip: paketin tiedosto ”../evil.yaml” osoittaa paketin ulkopuolelle, joten pkcheck ei pura "
                + "sitä.", text(answers, Language.fi));
        assertEquals("evil.zip: the entry '../evil.yaml' points outside the archive; pkcheck does not unpack it",
                text(answers, Language.en));
    }

    @Test
    void aZipWithNoDataFileNamesTheArchiveAndEveryKindOfFileRead() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("notes.txt", DATA);
        entries.put("members.xls", DATA);
        byte[] zip = Zips.of(entries);
        var answers = refused(400, lang -> post("/api/check", new Multipart().file("file", "notes.zip", zip), lang),
                "notes.zip");
        for (Language lang : Language.values()) {
            JsonNode error = answers.get(lang);
            assertEquals("notes.zip", error.get("file").asText(), error.toString());
            String text = error.get("error").asText();
            assertTrue(text.startsWith("notes.zip: "), text);
            for (String kind : List.of(".yaml", ".yml", ".json", ".csv", ".xlsx", ".ods")) {
                assertTrue(text.contains(kind), kind + " in " + text);
            }
            assertFalse(text.contains("directory") || text.contains("hakemisto") || text.contains("mapp"), text);
        }
        assertTrue(text(answers, Language.fi).startsWith("notes.zip: paketissa ei ole yhtään tiedostoa, jonka pkcheck "
                + "lukee"), answers.toString());
        assertTrue(text(answers, Language.sv).startsWith("notes.zip: paketet innehåller ingen fil som pkcheck läser"),
                answers.toString());
        assertTrue(text(answers, Language.en).startsWith("notes.zip: the archive holds no file pkcheck reads"),
                answers.toString());
    }

    // MeetingPages

    @Test
    void aDamagedCarriedFileOfTheMeetingFormIs400() throws Exception {
        for (String carried : List.of("no newline at all", "data.yaml\n@@@ not base64 @@@")) {
            var answers = refused(400, lang -> post("/meeting", new Multipart().field("carried", carried), lang));
            assertEquals("Lomakkeen mukana kulkenut tiedosto on vioittunut. Lähetä tiedostot uudelleen.",
                    text(answers, Language.fi));
            assertEquals("En fil som följde med formuläret är skadad. Skicka filerna på nytt.",
                    text(answers, Language.sv));
            assertEquals("a carried file of the form is damaged; upload the files again", text(answers, Language.en));
        }
    }

    @Test
    void theMeetingFormsRefusalIsAPageInItsLanguage() throws Exception {
        HttpResponse<String> page = server.post("/meeting", new Multipart().field("lang", "sv")
                .field("carried", "no newline"), "Accept", "text/html");
        assertEquals(400, page.statusCode());
        String text = Jsoup.parse(page.body()).text();
        assertTrue(text.contains("En fil som följde med formuläret är skadad. Skicka filerna på nytt."), text);
        assertFalse(text.contains("carried file"), text);
    }

    // Pages and WebServer

    @Test
    void anUnknownTemplateOrModelIs404() throws Exception {
        String models = String.join(", ", fi.perhekeskus.pkcheck.load.ModelLoader.BUILT_IN);
        var template = refused(404, lang -> get("/templates/nowhere.xlsx", lang), "nowhere.xlsx", models);
        assertEquals("Pohjaa ”nowhere.xlsx” ei ole. Pohjia on näille johtamismalleille: " + models + ".",
                text(template, Language.fi));
        assertEquals("no template nowhere.xlsx; the models are " + models, text(template, Language.en));
        var model = refused(404, lang -> get("/models/nowhere", lang), "nowhere", models);
        assertEquals("Johtamismallia ”nowhere” ei ole. Mallit ovat: " + models + ".", text(model, Language.fi));
        assertEquals("Ledningsmodellen ”nowhere” finns inte. Modellerna är: " + models + ".",
                text(model, Language.sv));
        assertEquals("no model nowhere; the models are " + models, text(model, Language.en));
    }

    @Test
    void anUnknownModelsPageIsAPageInItsLanguage() throws Exception {
        HttpResponse<String> page = server.get("/models/nowhere?lang=fi", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        String text = Jsoup.parse(page.body()).text();
        assertTrue(text.contains("Johtamismallia ”nowhere” ei ole."), text);
        assertFalse(text.contains("no model"), text);
    }

    @Test
    void anUnknownPathIs404() throws Exception {
        var answers = refused(404, lang -> get("/api/nothing", lang), "/api/nothing");
        assertEquals("Sivua ei löydy: /api/nothing", text(answers, Language.fi));
        assertEquals("Sidan finns inte: /api/nothing", text(answers, Language.sv));
        assertEquals("not found: /api/nothing", text(answers, Language.en));
    }

    /** The refusals a test cannot provoke over HTTP (a bug, a server stopping): English for the log, each language sent. */
    @Test
    void theRefusalsNoRequestProvokesAreSaidInEachLanguageToo() {
        WebError internal = WebError.keyed(500, "internal");
        assertEquals(500, internal.status());
        assertEquals("internal error: the server could not answer this request; the server's log has the details",
                internal.getMessage());
        assertEquals("Palvelimella tapahtui sisäinen virhe, eikä se voinut vastata. Tarkemmat tiedot ovat palvelimen "
                + "lokissa.", internal.message(Language.fi));
        assertEquals("Ett internt fel inträffade på servern och den kunde inte svara. Närmare uppgifter finns i "
                + "serverns logg.", internal.message(Language.sv));
        WebError stopping = WebError.keyed(503, "stopping");
        assertEquals("Palvelin on sammumassa. Yritä hetken kuluttua uudelleen.", stopping.message(Language.fi));
        assertEquals("the server is stopping; try again in a moment", stopping.message(Language.en));
        WebError unreadable = WebError.keyed(400, "unreadable");
        assertEquals("Lähetettyjä tiedostoja ei voitu lukea. Lähetä ne uudelleen.", unreadable.message(Language.fi));
        assertEquals("De skickade filerna kunde inte läsas. Skicka dem på nytt.", unreadable.message(Language.sv));
        WebError method = WebError.keyed(405, "methodNotAllowedHere", "PUT");
        assertEquals("Pyyntötapaa PUT ei käytetä tässä osoitteessa.", method.message(Language.fi));
        assertEquals("method PUT is not allowed here", method.message(Language.en));
        WebError format = CheckRequest.unknownFormat("pdf");
        assertEquals(400, format.status());
        assertTrue(format.message(Language.sv).startsWith("Rapportformatet ”pdf” finns inte."), format.message(Language.sv));
    }

    /** Every {@code weberror.*} text in each language, its placeholders the English one's. */
    @Test
    void everyRefusalHasItsTextInEveryLanguage() {
        Set<String> keys = new TreeSet<>();
        for (Language lang : Language.values()) {
            new WebText(lang).all().keySet().stream().filter(k -> k.startsWith("weberror_")).forEach(keys::add);
        }
        assertTrue(keys.size() > 30, keys.toString());
        for (String key : keys) {
            String dotted = key.replace('_', '.');
            String english = new WebText(Language.en).all().get(key);
            for (Language lang : Language.values()) {
                String text = new WebText(lang).all().get(key);
                assertTrue(text != null && !text.isBlank(), dotted + " has no " + lang + " text");
                assertEquals(placeholders(english), placeholders(text), dotted + " in " + lang);
                // A text without placeholders is sent as written: a doubled apostrophe would show doubled.
                assertFalse(placeholders(text).isEmpty() && text.contains("''"), dotted + " in " + lang + ": " + text);
                if (lang != Language.en) {
                    assertNotEquals(english, text, dotted + " in " + lang + " is the English text");
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+\\}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
