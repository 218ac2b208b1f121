package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Uploads meant to hurt: each gets its status and a one-line JSON error without a trace, and the server
 * answers the next request as before. The server here takes at most 256 KiB per request.
 */
class HostileUploadTest {

    static final long LIMIT = 256 * 1024;
    static final byte[] DATA = "schemaVersion: 1\nmodel: pirkanmaa\n".getBytes(StandardCharsets.UTF_8);

    @AutoClose
    static final TestServer server = new TestServer(LIMIT, Duration.ofSeconds(120));

    @AfterEach
    void serverIsAlive() throws Exception {
        assertEquals("ok", server.get("/healthz").body());
        HttpResponse<String> check = server.post("/api/check", new Multipart().file("file", "data.yaml", DATA));
        assertEquals(200, check.statusCode(), check.body());
    }

    static JsonNode error(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = Json.MAPPER.readTree(response.body());
        String line = error.get("error").asText();
        assertFalse(line.contains("\n") || line.contains("\tat ") || line.contains("Exception"), line);
        assertTrue(line.length() <= WebError.MAX, line);
        return error;
    }

    @Test
    void aHugeUploadIs413() throws Exception {
        byte[] huge = new byte[(int) LIMIT + 1024];
        JsonNode error = error(server.post("/api/check", new Multipart().file("file", "huge.yaml", huge)), 413);
        // A limit under a mebibyte is said as it is (256 KiB), not rounded down to 0, in each language's way.
        assertEquals("Tiedostot ovat liian suuria: yhteensä ne saavat olla enintään 0,25 MiB.",
                error.get("error").asText());
        JsonNode english = error(server.post("/api/check", new Multipart().file("file", "huge.yaml", huge),
                "Accept-Language", "en"), 413);
        assertTrue(english.get("error").asText().startsWith("the upload is larger than the limit of 0.25 MiB"),
                english.toString());
    }

    @Test
    void filesOfExactlyTheLimitAreReadAndOneByteMoreIs413() throws Exception {
        // Blank lines are a YAML file with nothing in it: read, then refused as data, not as too large.
        byte[] exactly = new byte[(int) LIMIT];
        java.util.Arrays.fill(exactly, (byte) '\n');
        HttpResponse<String> atLimit = server.post("/api/check", new Multipart().file("file", "blank.yaml", exactly)
                .field("lang", "en"));
        assertEquals(400, atLimit.statusCode(), atLimit.body());
        byte[] over = new byte[(int) LIMIT + 1];
        java.util.Arrays.fill(over, (byte) '\n');
        error(server.post("/api/check", new Multipart().file("file", "blank.yaml", over)), 413);
        byte[] half = new byte[(int) LIMIT / 2 + 1];
        java.util.Arrays.fill(half, (byte) '\n');
        error(server.post("/api/check", new Multipart().file("file", "a.yaml", half).file("file", "b.yaml", half)),
                413);
    }

    @Test
    void aHugeUploadWithoutContentLengthIs413() throws Exception {
        byte[] body = new Multipart().file("file", "huge.yaml", new byte[(int) LIMIT * 2]).bytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base + "api/check"))
                .header("Content-Type", Multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = server.send(request);
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void aZipBombIs413() throws Exception {
        byte[] bomb = Zips.bomb(4);
        assertTrue(bomb.length < LIMIT, "the bomb itself is within the upload limit");
        JsonNode error = error(server.post("/api/check", new Multipart().file("file", "bomb.zip", bomb)), 413);
        // The limit in the server's language, Finnish here: ten times the upload limit of 256 KiB.
        assertEquals("bomb.zip: purettuina paketit olisivat yli 2,5 MiB eli yli kymmenen kertaa niin suuria kuin "
                + "lähetys saa olla.", error.get("error").asText());
        JsonNode english = error(server.post("/api/check", new Multipart().file("file", "bomb.zip", bomb)
                .field("lang", "en")), 413);
        assertEquals("bomb.zip: the archives unpack to more than 2.5 MiB, ten times the upload limit",
                english.get("error").asText());
        JsonNode swedish = error(server.post("/api/check", new Multipart().file("file", "bomb.zip", bomb),
                "Accept-Language", "sv"), 413);
        assertTrue(swedish.get("error").asText().startsWith("bomb.zip: uppackade skulle paketen bli större än 2,5 MiB"),
                swedish.toString());
    }

    @Test
    void aZipEntryOutsideTheArchiveIs400() throws Exception {
        for (String name : new String[] {"../../etc/cron.d/evil.yaml", "/etc/evil.yaml", "a/../../evil.yaml",
                "C:/evil.yaml", "..\\evil.yaml"}) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("data.yaml", DATA);
            entries.put(name, DATA);
            JsonNode error = error(server.post("/api/check", new Multipart().file("file", "evil.zip", Zips.of(entries))),
                    400);
            assertTrue(error.get("error").asText().contains("osoittaa paketin ulkopuolelle"), error.toString());
        }
    }

    @Test
    void aWorkbookThatIsNotOneIs400() throws Exception {
        JsonNode error = error(server.post("/api/check", new Multipart().file("file", "members.xlsx",
                "this is plain text, not a workbook".getBytes(StandardCharsets.UTF_8))), 400);
        assertEquals("members.xlsx", error.get("file").asText());
        // In the server's language (Finnish here), as the command line says it with --lang fi.
        assertTrue(error.get("error").asText().startsWith("members.xlsx: Excel-työkirjaa ei voi lukea"),
                error.toString());
        JsonNode english = error(server.post("/api/check", new Multipart().file("file", "members.xlsx",
                "this is plain text, not a workbook".getBytes(StandardCharsets.UTF_8)).field("lang", "en")), 400);
        assertTrue(english.get("error").asText().contains("cannot read the Excel workbook"), english.toString());
    }

    @Test
    void aZipThatIsNotOneIs400() throws Exception {
        error(server.post("/api/check", new Multipart().file("file", "data.zip", DATA)), 400);
    }

    @Test
    void manyPartsAreRefused() throws Exception {
        Multipart form = new Multipart();
        for (int i = 0; i < ServeOptions.MAX_FILES + 5; i++) {
            form.file("file", "f" + i + ".yaml", DATA);
        }
        HttpResponse<String> response = server.post("/api/check", form);
        assertTrue(response.statusCode() == 413 || response.statusCode() == 400, response.statusCode() + response.body());
        error(response, response.statusCode());
    }

    @Test
    void aZipOfManyEntriesIs413() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < ServeOptions.MAX_FILES + 1; i++) {
            entries.put("d/f" + i + ".txt", new byte[0]);
        }
        error(server.post("/api/check", new Multipart().file("file", "many.zip", Zips.of(entries))), 413);
    }

    @Test
    void twoFilesOfOneNameAre400() throws Exception {
        error(server.post("/api/check", new Multipart().file("file", "data.yaml", DATA).file("file", "data.yaml", DATA)),
                400);
    }

    @Test
    void aFileNameWithAPathKeepsOnlyItsName() throws Exception {
        HttpResponse<String> response = server.post("/api/check", new Multipart()
                .file("file", "../../../tmp/data.yaml", DATA));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"data.yaml\""), response.body());
    }

    @Test
    void aCheckOverTheTimeLimitIs503AndTheServerGoesOn() throws Exception {
        try (TestServer hurried = new TestServer(LIMIT, Duration.ofMillis(1))) {
            HttpResponse<String> response = hurried.post("/api/check", new Multipart()
                    .file(TestServer.WORKBOOK).field("lang", "en"));
            JsonNode error = error(response, 503);
            assertTrue(error.get("error").asText().startsWith("the check took longer than 0.001 s"), error.toString());
            JsonNode finnish = error(hurried.post("/api/check", new Multipart().file(TestServer.WORKBOOK)), 503);
            assertTrue(finnish.get("error").asText().startsWith("Tarkistus kesti yli 0,001 sekuntia"),
                    finnish.toString());
            assertEquals("ok", hurried.get("/healthz").body());
        }
    }
}
