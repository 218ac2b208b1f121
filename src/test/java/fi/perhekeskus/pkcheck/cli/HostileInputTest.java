package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual inputs, one class of issue 22 each: the exit code, one line on standard error and no
 * trace, within bounded time, and (in a child JVM with a small heap) bounded memory. Large inputs are
 * generated at test time, never committed.
 */
class HostileInputTest {

    private static final String SAMPLE = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();

    @TempDir
    Path dir;

    private static void assertOneLine(Cli.Result run) {
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void pseudonymiseReplacesPeopleReferredToButNotDefined() throws IOException {
        Path data = write("data.yaml", """
                schemaVersion: 1
                organisations:
                  - { id: pirha, type: WELLBEING_REGION, name: Pirha }
                people:
                  - { id: defined-person, name: Anna, organisation: pirha }
                groups:
                  - id: g1
                    name: Ryhmä
                    tier: PROVINCIAL
                    members:
                      - { person: defined-person, role: CHAIR, deputy: ghost-deputy, from: 2023-01-01 }
                      - { person: ghost-member, from: 2023-01-01 }
                """);
        String plain = Cli.run("check", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01", "--format",
                "json").out();
        assertTrue(plain.contains("ghost-member") && plain.contains("ghost-deputy"), plain);
        for (String format : List.of("json", "text", "csv", "markdown", "sarif", "junit", "html")) {
            Cli.Result run = Cli.run("check", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01",
                    "--format", format, "--pseudonymise");
            assertTrue(run.exit() <= 1, run.err());
            assertFalse(run.out().contains("ghost-"), format + ": " + run.out());
            assertFalse(run.out().contains("defined-person"), format);
        }
    }
}
