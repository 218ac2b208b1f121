package fi.perhekeskus.pkcheck.web;

import com.fasterxml.jackson.databind.JsonNode;
import fi.perhekeskus.pkcheck.render.Language;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A real server on a free port of 127.0.0.1, for tests that talk HTTP to it; today is 2024-03-01. */
final class TestServer implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** The sample workbook, the upload most tests send. */
    static final Path WORKBOOK = Path.of("sample-data", "pirkanmaa.xlsx");

    final WebServer server;
    final String base;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(long maxUpload, Duration timeLimit) {
        this(new ServeOptions("127.0.0.1", 0, maxUpload, Language.fi, timeLimit));
    }

    TestServer(ServeOptions options) {
        server = new WebServer(options, CLOCK);
        server.start();
        base = server.address();
    }

    TestServer() {
        this(2L * 1024 * 1024, Duration.ofSeconds(120));
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String path, Multipart form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Content-Type", Multipart.contentType()).POST(form.publisher());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** The Content-Type header, spaced as web.md writes it (Jetty drops the space before charset). */
    static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(";charset", "; charset");
    }

    /** A JSON object's field names, in order. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
