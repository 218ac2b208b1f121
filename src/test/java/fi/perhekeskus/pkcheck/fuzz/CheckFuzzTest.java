package fi.perhekeskus.pkcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Coverage-guided fuzzing of the whole check with Jazzer (issue 6, item 3): whatever bytes a data file holds,
 * as YAML, JSON, a CSV sheet or an Excel workbook, the check ends in a report or in an {@link InputException}
 * with a one-line message. Anything else — another exception, a stack overflow, a hang past Jazzer's timeout,
 * or what Jazzer's sanitizers flag (path traversal, deserialisation, regular-expression injection, ...) — is a
 * finding, saved by Jazzer beside the seeds in {@code CheckFuzzTestInputs/check/} so that it then fails every build.
 *
 * <p>The first byte picks the format, the rest is the file. In a normal build this runs the seeds and any saved
 * findings only (Jazzer's regression mode); {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration} and keeps its
 * corpus in {@code .cifuzz-corpus/}, so that repeated runs continue where the last one stopped (docs/testing.md).
 */
class CheckFuzzTest {

    private static final List<String> FILES = List.of("data.yaml", "data.json", "members.csv", "data.xlsx");
    private static final InputLimits LIMITS = new InputLimits(1 << 20);

    @FuzzTest(maxDuration = "60s")
    void check(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path dir = Files.createTempDirectory("pkcheck-fuzz");
        try {
            Path file = dir.resolve(FILES.get(Byte.toUnsignedInt(input[0]) % FILES.size()));
            Files.write(file, Arrays.copyOfRange(input, 1, input.length));
            Pipeline.Result result = Pipeline.run(new Pipeline.Inputs(List.of(file), "kanta-hame", List.of(), null,
                    null, LIMITS), LocalDate.of(2024, 3, 1), id -> true);
            assertNotNull(result.report());
        } catch (InputException e) {
            String message = e.getMessage();
            assertTrue(message != null && !message.isBlank(), "an input error says what is wrong");
            assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
