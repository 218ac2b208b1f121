package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main#main} in a process of its own, as the launcher runs it: the rules loaded before the command
 * line is parsed, and no logging framework without {@code --verbose}, change nothing a user sees.
 */
class MainProcessTest {

    private static final String SAMPLE = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();

    private record Run(int exit, String out, String err) {
    }

    private static Run main(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aCheckPrintsTheSameReportAsInProcessAndNothingElse(@TempDir Path dir) throws Exception {
        Run run = main(dir, "check", SAMPLE, "--date", "2025-03-01", "--format", "json");
        Cli.Result expected = Cli.run("check", SAMPLE, "--date", "2025-03-01", "--format", "json");
        assertEquals(expected.exit(), run.exit());
        assertEquals(expected.out(), run.out());
        assertEquals("", run.err());
    }

    /** main reads ICU's index of locales instead of walking the class path: every language words alike. */
    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void numbersDatesAndPluralsReadAsInProcessInEveryLanguage(String lang, @TempDir Path dir) throws Exception {
        for (String format : List.of("text", "html")) {
            Run run = main(dir, "check", SAMPLE, "--date", "2024-03-01", "--format", format, "--lang", lang);
            Cli.Result expected = Cli.run("check", SAMPLE, "--date", "2024-03-01", "--format", format, "--lang", lang);
            assertEquals(expected.out(), run.out(), lang + " " + format);
        }
    }

    @Test
    void verboseStillLogs(@TempDir Path dir) throws Exception {
        Run run = main(dir, "validate", SAMPLE, "--date", "2025-03-01", "--verbose");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("INFO") && run.err().contains("loaded 1 path(s)"), run.err());
    }

    @Test
    void userRulesAndUsageErrorsRunAsBefore(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Run withRules = main(dir, "check", SAMPLE, "--date", "2025-03-01", "--rules", dir.resolve("rules").toString(),
                "--format", "json");
        assertEquals(Cli.run("check", SAMPLE, "--date", "2025-03-01", "--format", "json").out(), withRules.out());
        Run usage = main(dir, "check", SAMPLE, "--no-such-option");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().startsWith("pkcheck: unknown option --no-such-option"), usage.err());
    }
}
