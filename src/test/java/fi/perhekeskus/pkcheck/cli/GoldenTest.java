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

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("report.en.txt", new String[] {"--format", "text", "--lang", "en"}),
                Arguments.of("report.fi.txt", new String[] {"--format", "text", "--lang", "fi"}),
                Arguments.of("report.sv.txt", new String[] {"--format", "text", "--lang", "sv"}),
                Arguments.of("report.en.json", new String[] {"--format", "json", "--lang", "en"}),
                Arguments.of("report.fi.json", new String[] {"--format", "json", "--lang", "fi"}),
                Arguments.of("validate.en.txt", new String[] {"--format", "text", "--lang", "en", "--validate"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void matchesGoldenFile(String golden, String[] options) throws IOException {
        boolean validate = options[options.length - 1].equals("--validate");
        String[] args = Stream.concat(Stream.of(validate ? "validate" : "check", NETWORK.toString(), "--date",
                "2024-03-01"), Stream.of(options).filter(o -> !o.equals("--validate"))).toArray(String[]::new);
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
