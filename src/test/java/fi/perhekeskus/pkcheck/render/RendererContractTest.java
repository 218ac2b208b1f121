package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every report format keeps, against golden files: an empty report, one finding, many,
 * a finding without location, a waived finding, data problems. Output is deterministic (written twice,
 * byte-identical). Regenerate with {@code -Dgolden.update=true} after a deliberate change.
 */
class RendererContractTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/contract");

    static Stream<Arguments> cases() {
        Map<String, Report> reports = new TreeMap<>(ContractReports.all());
        return Renderers.names().stream().flatMap(format -> reports.entrySet().stream()
                .map(e -> Arguments.of(format, e.getKey(), e.getValue())));
    }

    private static String render(String format, Report report) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.byName(format).orElseThrow().render(report,
                new RenderContext(new Messages(Language.en), false, "0.1.0", ContractReports.RULES), out);
        return out.toString();
    }

    /**
     * The HTML page inlines the shipped stylesheet and script (report.css, report.js); the golden files
     * hold a marker instead, so that six copies of them do not have to change with every style edit.
     * HtmlRendererTest checks that they are inlined and match the page's Content-Security-Policy.
     */
    private static String withoutShippedAssets(String format, String output) {
        if (!"html".equals(format)) {
            return output;
        }
        return output.replaceAll("(?s)(<style>).*?(</style>)", "$1/* report.css */$2")
                .replaceAll("(?s)(<script>).*?(</script>)", "$1/* report.js */$2");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void keepsTheContract(String format, String name, Report report) throws IOException {
        String output = withoutShippedAssets(format, render(format, report));
        assertEquals(output, withoutShippedAssets(format, render(format, report)), "deterministic");
        assertFalse(output.isEmpty());
        if (!report.findings().isEmpty()) {
            assertTrue(output.contains("REP-002") || output.contains("STRUCT-003") || output.contains("DATA-002"),
                    "names the rules: " + output);
        }
        Path file = GOLDEN.resolve(name + "." + format);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, output, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), output, file.toString());
    }
}
