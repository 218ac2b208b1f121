package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.cli.Main;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pkcheck serve} in a process of its own, as a person starts it: one line on standard output naming the
 * real port of {@code --port 0}, answers on it, and SIGTERM stops it: the server closes in the JVM's shutdown
 * and the process ends with the status of a process stopped by SIGTERM (143), printing nothing more.
 */
class ServeProcessTest {

    @Test
    void printsOneLineAnswersAndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0");
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (Files.readString(out, StandardCharsets.UTF_8).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String line = Files.readString(out, StandardCharsets.UTF_8).strip();
            assertTrue(line.matches("pkcheck serving on http://127\\.0\\.0\\.1:\\d+/"), line);
            String base = line.substring("pkcheck serving on ".length());
            assertFalse(base.endsWith(":0/"), "the real port");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("ok", health.body());
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped");
            assertEquals(line + "\n", Files.readString(out, StandardCharsets.UTF_8), "one line, nothing more");
            assertTrue(process.exitValue() == 143 || process.exitValue() == 0, "exit " + process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }
}
