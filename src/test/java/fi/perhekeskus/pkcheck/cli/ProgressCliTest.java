package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line on standard error (issue 22, item 3): only on a terminal, never with NO_COLOR or --quiet,
 * erased before anything else is written, and standard output the same byte for byte.
 */
class ProgressCliTest {

    private static final String DATA = "sample-data/pirkanmaa";

    private long delay;

    @BeforeEach
    void noDelay() {
        // Every phase is "slow": the line is drawn at once instead of after two seconds.
        delay = Progress.delayMillis;
        Progress.delayMillis = 0;
    }

    @AfterEach
    void restore() {
        Progress.delayMillis = delay;
    }

    private static Cli.Result run(Map<String, String> env, boolean errTerminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
        int exit = Main.run(args, new Console(new PrintWriter(out), new PrintWriter(err), env, false, clock,
                errTerminal));
        return new Cli.Result(exit, out.toString(), err.toString());
    }

    private static String[] check(String... more) {
        List<String> args = new ArrayList<>(List.of("check", DATA, "--date", "2024-03-01"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void onATerminalProgressGoesToStandardErrorAndIsErased() {
        Cli.Result plain = run(Map.of(), false, check("--lang", "en"));
        Cli.Result shown = run(Map.of(), true, check("--lang", "en"));
        assertTrue(shown.err().contains("Reading data ("), shown.err());
        assertTrue(shown.err().startsWith(Progress.CLEAR), shown.err());
        assertTrue(shown.err().endsWith(Progress.CLEAR), "erased at the end: " + shown.err());
        assertEquals(plain.out(), shown.out(), "standard output is the same byte for byte");
        assertEquals(plain.exit(), shown.exit());
        assertFalse(shown.out().contains("\r") || shown.out().contains("\u001b"));
    }

    @Test
    void phaseWordsAreLocalised() {
        assertTrue(run(Map.of(), true, check("--lang", "fi")).err().contains("Luetaan aineistoa ("));
        assertTrue(run(Map.of(), true, check("--lang", "sv")).err().contains("Läser data ("));
    }

    @Test
    void writingToAFileShowsTheWritingPhaseAndErasesIt(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Cli.Result r = run(Map.of(), true, check("--lang", "fi", "--format", "json", "-o", report.toString()));
        assertTrue(r.err().contains("Kirjoitetaan raporttia…"), r.err());
        assertTrue(r.err().endsWith(Progress.CLEAR), r.err());
        assertEquals("", r.out());
        Path plainReport = dir.resolve("plain.json");
        run(Map.of(), false, check("--lang", "fi", "--format", "json", "-o", plainReport.toString()));
        assertEquals(Files.readString(plainReport), Files.readString(report));
    }

    @Test
    void anErrorLineIsWrittenAfterTheLineIsErased(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "groups: [\n");
        Cli.Result r = run(Map.of(), true, "check", bad.toString(), "--lang", "en");
        assertEquals(2, r.exit(), r.err());
        String err = r.err();
        int erased = err.lastIndexOf(Progress.CLEAR);
        assertTrue(erased >= 0, err);
        String after = err.substring(erased + Progress.CLEAR.length());
        Cli.Result plain = run(Map.of(), false, "check", bad.toString(), "--lang", "en");
        assertFalse(plain.err().isEmpty());
        assertEquals(plain.err(), after, "the error line whole, after the erased progress line");
        assertEquals(plain.out(), r.out());
    }

    @Test
    void noProgressWithoutATerminal() {
        Cli.Result r = run(Map.of(), false, check());
        assertEquals("", r.err());
    }

    @Test
    void noProgressWithNoColour() {
        Cli.Result shown = run(Map.of(), true, check());
        Cli.Result r = run(Map.of("NO_COLOR", "1"), true, check());
        assertEquals("", r.err());
        assertEquals(shown.out(), r.out());
    }

    @Test
    void noProgressWithQuiet() {
        assertEquals("", run(Map.of(), true, check("--quiet")).err());
        Cli.Result r = run(Map.of(), true, check("-q"));
        assertEquals("", r.err());
        assertEquals(run(Map.of(), false, check()).out(), r.out());
    }

    @Test
    void theDataSizeCountsEveryFileUnderThePaths(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.yaml"), new byte[1000]);
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.yaml"), new byte[234]);
        assertEquals(1234, Progress.size(List.of(dir)));
        assertEquals(0, Progress.size(List.of(dir.resolve("missing"))));
    }
}
