package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the whole check over every case of the {@link BadInputCorpus}: each must end in a one-line input
 * error (exit 2) or a well-formed JSON report — never a stack trace, never a hang.
 */
class BadInputTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyBadInputIsAnsweredClearly() {
        List<BadInputCorpus.Case> cases = BadInputCorpus.cases();
        assertTrue(cases.size() >= 50, "the corpus has " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void unreadableFileIsAnInputError() throws IOException {
        Path dir = Files.createTempDirectory("pkcheck-bad-input");
        try {
            BadInputCorpus.Case c = BadInputCorpus.unreadable();
            List<String> args = c.setup().build(dir);
            Path secret = dir.resolve("set/secret.yaml");
            Assumptions.assumeFalse(Files.isReadable(secret), "permissions do not stop this user from reading");
            answer(c, args);
        } finally {
            delete(dir);
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading() throws IOException {
        Path dir = Files.createTempDirectory("pkcheck-bad-input");
        try {
            Path data = dir.resolve("data.yaml");
            Files.writeString(data, BadInputCorpus.VALID + "# " + "x".repeat(2_000) + "\n");
            String[] args = {"check", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01", "--format",
                "json"};
            Cli.Result option = Cli.run(concat(args, "--max-file-size", "1K"));
            assertEquals(2, option.exit(), option.err());
            assertTrue(option.err().contains("data.yaml: the file is") && option.err().contains("limit of 1 KiB"),
                    option.err());
            Cli.Result env = Cli.run(java.util.Map.of("PKCHECK_MAX_FILE_SIZE", "100"), false, args);
            assertEquals(2, env.exit(), env.err());
            assertTrue(env.err().contains("limit of 100 bytes"), env.err());
            Cli.Result enough = Cli.run(java.util.Map.of("PKCHECK_MAX_FILE_SIZE", "1K"), false,
                    concat(args, "--max-file-size", "1M"));
            assertTrue(enough.exit() < 2, enough.err());
            Cli.Result bad = Cli.run(concat(args, "--max-file-size", "lots"));
            assertEquals(2, bad.exit());
            assertTrue(bad.err().startsWith("pkcheck: --max-file-size: 'lots' is not a size"), bad.err());
        } finally {
            delete(dir);
        }
    }

    private static String[] concat(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    private static void check(BadInputCorpus.Case c) throws IOException {
        Path dir = Files.createTempDirectory("pkcheck-bad-input");
        try {
            answer(c, c.setup().build(dir));
        } finally {
            delete(dir);
        }
    }

    private static void answer(BadInputCorpus.Case c, List<String> args) {
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(args);
        Cli.Result result = assertTimeoutPreemptively(TIMEOUT, () -> Cli.run(all.toArray(String[]::new)),
                () -> c.name() + " did not finish in " + TIMEOUT.toSeconds() + " s");
        String what = c.name() + ": exit " + result.exit() + ", stderr " + abbreviate(result.err());
        if (result.exit() == 2) {
            assertTrue(c.expect() != BadInputCorpus.Expect.DATA && c.expect() != BadInputCorpus.Expect.REPORT,
                    "expected a report; " + what);
            assertEquals("", result.out(), what);
            String err = result.err();
            assertTrue(err.endsWith("\n"), what);
            String line = err.substring(0, err.length() - 1).replace("\r", "");
            assertFalse(line.contains("\n"), "more than one line: " + what);
            assertTrue(line.length() <= 300, "longer than 300 characters: " + what);
            assertTrue(line.contains(c.names()), "does not name " + c.names() + ": " + what);
            assertFalse(line.contains("Exception") || line.contains("Error:") || line.contains("at fi.")
                    || line.contains("internal error"), "a crash: " + what);
            return;
        }
        assertTrue(result.exit() == 0 || result.exit() == 1, what);
        assertTrue(c.expect() != BadInputCorpus.Expect.INPUT_ERROR, "expected an input error; " + what);
        assertEquals("", result.err(), what);
        JsonNode report;
        try {
            report = JSON.readTree(result.out());
        } catch (IOException e) {
            fail("not a JSON report: " + what);
            return;
        }
        assertTrue(report.path("findings").isArray(), what);
        if (c.expect() == BadInputCorpus.Expect.DATA || c.expect() == BadInputCorpus.Expect.ERROR_OR_DATA) {
            boolean data = false;
            for (JsonNode f : report.path("findings")) {
                data |= f.path("rule").asText().startsWith("DATA-");
            }
            assertTrue(data, "no DATA finding: " + what);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setReadable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
