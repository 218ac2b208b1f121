package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settling step through the command line: the cap on findings per rule and its option. */
class SettleCliTest {

    @TempDir
    Path temp;

    /** 300,000 bare numbers where people belong: one DATA-003 each, a thousand listed and one summary. */
    @Test
    void threeHundredThousandBareNumbersGiveABoundedReport() throws IOException {
        StringBuilder data = new StringBuilder("schemaVersion: 1\nmodel: kanta-hame\npeople:\n");
        for (int i = 0; i < 300_000; i++) {
            data.append("  - ").append(i).append('\n');
        }
        Path file = temp.resolve("numbers.yaml");
        Files.writeString(file, data);
        Cli.Result result = Cli.run("check", file.toString(), "--format", "json", "--date", "2024-03-01");
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.out().length() < 2_000_000, "report of " + result.out().length() + " characters");
        JsonNode report = new ObjectMapper().readTree(result.out());
        int data003 = 0;
        JsonNode summary = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("DATA-003")) {
                data003++;
                if (f.get("subject").get("type").asText().equals("dataset")) {
                    summary = f;
                }
            }
        }
        assertEquals(1_001, data003);
        assertTrue(summary != null, "no summary finding");
        assertEquals(299_000, summary.get("details").get("omitted").asInt());
        assertTrue(summary.get("message").asText().startsWith("DATA-003: 299,000 more findings are not listed"),
                summary.get("message").asText());

        Cli.Result fi = Cli.run("check", file.toString(), "--format", "text", "--lang", "fi",
                "--max-findings-per-rule", "5");
        assertTrue(fi.out().contains("vielä 299\u00a0995 löydöstä jätettiin luettelematta"), fi.out());
    }
}
