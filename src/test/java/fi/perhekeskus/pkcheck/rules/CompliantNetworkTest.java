package fi.perhekeskus.pkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A fully compliant network per built-in model yields no findings at all, of any severity; and the
 * sample networks yield exactly the gaps sample-data/README.md describes (pinned in samples/*.txt;
 * regenerate with {@code -Dgolden.update=true} after a deliberate change and review the diff).
 */
class CompliantNetworkTest {

    static final List<String> MODELS = ModelLoader.BUILT_IN;
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

    @ParameterizedTest(name = "{0}")
    @FieldSource("MODELS")
    void compliantNetworkHasNoFindings(String model) {
        Path data = TestPaths.resource("compliant/" + model);
        Pipeline.Result result = Pipeline.run(List.of(data), null, List.of(), DATE, id -> !id.startsWith("MEET-"));
        assertEquals(model, result.report().modelId());
        assertEquals("", result.report().findings().stream().map(RuleCaseTest::key)
                .collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("MODELS")
    void sampleNetworkShowsItsDocumentedGaps(String model) throws Exception {
        Path data = TestPaths.repository().resolve("sample-data").resolve(model);
        Pipeline.Result result = Pipeline.run(List.of(data), null, List.of(), DATE, id -> !id.startsWith("MEET-"));
        String found = result.report().findings().stream().map(RuleCaseTest::key)
                .collect(Collectors.joining("\n", "", "\n"));
        Path expected = TestPaths.repository().resolve("src/test/resources/samples/" + model + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, found, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), found);
    }
}
