package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash is never a finding: every Throwable and a lost report end in one line and exit 2. */
class CrashTest {

    private static final String SAMPLE = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();

    @Test
    void outOfMemoryNamesTheDataItsSizeAndWhatToDo(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("big.json");
        Files.write(data, new byte[3 << 20]);
        Files.writeString(dir.resolve("notes.txt"), "not data");
        String line = Crash.line(new OutOfMemoryError("Java heap space"),
                new String[] {"check", data.toString(), "--model", dir.resolve("notes.txt").toString()}, 1L << 30);
        assertTrue(line.startsWith("pkcheck: out of memory reading " + data), line);
        assertTrue(line.contains("(3 MB of data, heap limit 1024 MB)"), line);
        assertTrue(line.endsWith("give more with PKCHECK_JAVA_OPTS=-Xmx2g"), line);
        assertFalse(line.contains("notes.txt"), line);
    }

    @Test
    void outOfMemoryWithoutDataNamesTheHeap() {
        String line = Crash.line(new RuntimeException(new OutOfMemoryError()), new String[] {"rules"}, 256L << 20);
        assertEquals("pkcheck: out of memory (the heap's limit is 256 MB); give more with PKCHECK_JAVA_OPTS=-Xmx512m",
                line);
    }

    @Test
    void otherThrowablesAreOneScrubbedLine() {
        assertTrue(Crash.line(new StackOverflowError(), new String[0], 1L << 30).contains("stack overflowed"));
        String line = Crash.line(new IllegalStateException("bad\u001b[31m\u202Eword"), new String[0], 1L << 30);
        assertEquals("pkcheck: internal error: java.lang.IllegalStateException: bad\uFFFD[31m\uFFFDword", line);
        assertEquals("3g", Crash.suggestedHeap(1536L << 20));
    }

    @Test
    void aReportThatCannotBeWrittenIsExitTwoNotZeroOrOne() {
        assertEquals(List.of("pkcheck: cannot write to standard output"), unwritable("en"));
    }

    @Test
    void aReportThatCannotBeWrittenIsSaidInTheReadersLanguage() {
        assertEquals(List.of("pkcheck: raporttia ei voi kirjoittaa vakiotulosteeseen"), unwritable("fi"));
        assertEquals(List.of("pkcheck: rapporten går inte att skriva till standardutdata"), unwritable("sv"));
    }

    @Test
    void whyStandardOutputFailedIsOneOfTheBundlesReasons() {
        assertEquals("reason.noSpace", Main.stdoutReason(new IOException("No space left on device")).key());
        assertEquals("reason.outputClosed", Main.stdoutReason(new IOException("Broken pipe")).key());
        assertEquals("reason.outputClosed", Main.stdoutReason(new IOException()).key());
    }

    /** The error lines of a check whose report cannot be written, in {@code lang}. */
    private static List<String> unwritable(String lang) {
        Writer failing = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"check", SAMPLE, "--date", "2025-03-01", "--format", "json", "--lang", lang},
                new Console(new PrintWriter(failing), new PrintWriter(err), Map.of(), false,
                        Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC)));
        assertEquals(2, exit);
        return err.toString().lines().toList();
    }

    @Test
    void aFullDiskOnStandardOutputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists());
        ChildJvm.Run run = ChildJvm.run(dir, List.of(), Map.of(), full, 60, "check", SAMPLE, "--date",
                "2025-03-01", "--format", "json");
        assertEquals(2, run.exit(), run.err());
        assertEquals(List.of("pkcheck: cannot write to standard output (No space left on device)"), run.errLines());
        ChildJvm.Run fi = ChildJvm.run(dir, List.of(), Map.of(), full, 60, "check", SAMPLE, "--date",
                "2025-03-01", "--format", "json", "--lang", "fi");
        assertEquals(List.of("pkcheck: raporttia ei voi kirjoittaa vakiotulosteeseen (levy on täynnä)"), fi.errLines());
    }

    @Test
    void runningOutOfMemoryInASmallHeapIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("people.json");
        try (var out = Files.newBufferedWriter(data)) {
            out.write("{\"schemaVersion\": 1, \"people\": [");
            for (int i = 0; i < 400_000; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"p" + i + "\", \"name\": \"Henkilö numero " + i
                        + "\", \"title\": \"title " + i + "\"}");
            }
            out.write("]}");
        }
        ChildJvm.Run run = ChildJvm.run(dir, List.of("-Xmx40m"), Map.of(), null, 180, "validate", data.toString(),
                "--model", "pirkanmaa");
        assertEquals(2, run.exit(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        // Exactly one line, every time: where the heap runs out on the reading thread and the main thread at once,
        // the first writes the line and the other waits for it before the process ends.
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("pkcheck: out of memory"), run.err());
        assertTrue(run.err().contains("PKCHECK_JAVA_OPTS=-Xmx"), run.err());
    }
}
