package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each report format of the golden network, byte for byte. After a deliberate change,
 * regenerate with {@code mvn test -Dtest=GoldenTest -Dgolden.update=true} and review the diff.
 */
class GoldenTest {

    private static final Path NETWORK = Path.of("src/test/resources/golden/network");
    private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");

    /** Every golden file: its name, then the command and the options after the network and the date. */
    static Stream<Arguments> formats() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String lang : new String[] {"en", "fi", "sv"}) {
            all.add(golden("report." + lang + ".txt", "check", "--format", "text", "--lang", lang));
            all.add(golden("report." + lang + ".md", "check", "--format", "markdown", "--lang", lang));
            all.add(golden("report." + lang + ".html", "check", "--format", "html", "--lang", lang));
            all.add(golden("validate." + lang + ".txt", "validate", "--format", "text", "--lang", lang));
            // The pre-meeting check names whom to call, so its golden files show names and organisations.
            all.add(golden("meeting." + lang + ".txt", "meeting", "--group", "north-kr", "--attendees", "p3",
                    "--format", "text", "--lang", lang));
        }
        all.add(golden("report.en.json", "check", "--format", "json", "--lang", "en"));
        all.add(golden("report.fi.json", "check", "--format", "json", "--lang", "fi"));
        return all.build();
    }

    private static Arguments golden(String name, String command, String... options) {
        return Arguments.of(name, Stream.concat(Stream.of(command, NETWORK.toString(), "--date", "2024-03-01"),
                Stream.of(options)).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void matchesGoldenFile(String golden, String[] args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertEquals("", result.err());
        Path file = EXPECTED.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(EXPECTED);
            Files.writeString(file, result.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), result.out(), golden);
    }
}
