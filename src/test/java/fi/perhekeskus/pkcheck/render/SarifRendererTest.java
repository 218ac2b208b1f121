package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SARIF report: valid against the official SARIF 2.1.0 schema for every kind of report, shaped as GitHub
 * code scanning needs (rules, levels, a physical location on every result, stable fingerprints), and
 * byte-identical for the same input.
 */
class SarifRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    private final SarifRenderer renderer = new SarifRenderer();

    @BeforeAll
    static void loadSchema() throws IOException {
        // The OASIS schema (draft-07), shipped in test resources so that validation needs no network.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            schema = registry.getSchema(in);
        }
    }

    /** The report rendered, checked against the schema, and parsed back. */
    private JsonNode sarif(Report report, RenderContext context) throws IOException {
        String text = RenderFixtures.render(renderer, report, context);
        assertFalse(text.contains("\r"), "line endings are \\n");
        assertTrue(text.endsWith("}\n"));
        JsonNode root = JSON.readTree(text);
        List<Error> errors = schema.validate(root);
        assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors);
        return root;
    }

    private JsonNode sarif(Report report) throws IOException {
        return sarif(report, RenderFixtures.context());
    }

    private static JsonNode run(JsonNode root) {
        return root.get("runs").get(0);
    }

    @Test
    void emptyReportListsEveryRuleAndNoResult() throws IOException {
        JsonNode root = sarif(RenderFixtures.empty());
        assertEquals(SarifRenderer.SCHEMA, root.get("$schema").asText());
        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(1, root.get("runs").size());
        JsonNode driver = run(root).get("tool").get("driver");
        assertEquals("pkcheck", driver.get("name").asText());
        assertEquals("0.1.0", driver.get("version").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(RenderFixtures.RULES.size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            assertEquals(RenderFixtures.RULES.get(i).id(), rules.get(i).get("id").asText());
        }
        assertEquals(0, run(root).get("results").size());
    }

    @Test
    void ruleCarriesTitleExplanationExampleAndDefaultLevel() throws IOException {
        JsonNode rules = run(sarif(RenderFixtures.empty())).get("tool").get("driver").get("rules");
        Messages m = new Messages(Language.en);
        JsonNode rep = rules.get(4);
        assertEquals("REP-002", rep.get("id").asText());
        assertEquals(m.title("REP-002"), rep.get("shortDescription").get("text").asText());
        assertEquals(m.get("explain.REP-002"), rep.get("fullDescription").get("text").asText());
        String help = rep.get("help").get("text").asText();
        assertTrue(help.startsWith(m.get("explain.REP-002")));
        assertTrue(help.endsWith(m.get("example.REP-002")));
        assertEquals("error", rep.get("defaultConfiguration").get("level").asText());
        assertEquals("warning", rules.get(5).get("defaultConfiguration").get("level").asText());
        assertEquals("note", rules.get(8).get("defaultConfiguration").get("level").asText());
    }

    @Test
    void oneFindingIsOneResultAtItsFileAndLine() throws IOException {
        JsonNode run = run(sarif(RenderFixtures.one()));
        assertEquals(1, run.get("results").size());
        JsonNode result = run.get("results").get(0);
        assertEquals("REP-002", result.get("ruleId").asText());
        int index = result.get("ruleIndex").asInt();
        assertEquals("REP-002", run.get("tool").get("driver").get("rules").get(index).get("id").asText());
        assertEquals("error", result.get("level").asText());
        assertEquals(new Messages(Language.en).message(RenderFixtures.rep002()),
                result.get("message").get("text").asText());
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        assertEquals(RenderFixtures.GROUPS, physical.get("artifactLocation").get("uri").asText());
        assertEquals(41, physical.get("region").get("startLine").asInt());
        assertEquals(5, physical.get("region").get("startColumn").asInt());
        assertEquals(Fingerprint.of(RenderFixtures.rep002()),
                result.get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText());
        assertEquals("group", result.get("properties").get("subjectType").asText());
        assertEquals("lansi-koordinaatioryhma", result.get("properties").get("subjectId").asText());
        assertEquals("536", result.get("properties").get("details").get("municipality").asText());
        assertFalse(result.has("suppressions"));
        assertFalse(result.has("baselineState"), "no baseline, no baseline state");
    }

    @Test
    void manyFindingsKeepTheReportOrderAndLevels() throws IOException {
        Report report = RenderFixtures.many();
        JsonNode results = run(sarif(report)).get("results");
        assertEquals(report.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = report.findings().get(i);
            assertEquals(f.rule(), results.get(i).get("ruleId").asText());
            assertEquals(SarifRenderer.level(f.severity()), results.get(i).get("level").asText());
        }
        assertEquals(Set.of("error", "warning", "note"), levels(results));
        JsonNode size = find(results, "SIZE-001");
        assertFalse(size.get("locations").get(0).get("physicalLocation").get("region").has("startColumn"),
                "column 0 means no column");
    }

    @Test
    void findingWithoutLocationPointsAtTheDatasetAndNamesItsSubject() throws IOException {
        JsonNode result = find(run(sarif(RenderFixtures.many())).get("results"), "STRUCT-003");
        JsonNode location = result.get("locations").get(0);
        JsonNode physical = location.get("physicalLocation");
        assertEquals(RenderFixtures.DATASET, physical.get("artifactLocation").get("uri").asText());
        assertFalse(physical.has("region"));
        JsonNode logical = location.get("logicalLocations").get(0);
        assertEquals("536", logical.get("name").asText());
        assertEquals("municipality/536", logical.get("fullyQualifiedName").asText());
    }

    @Test
    void fingerprintIsStableAcrossLinesAndLanguages() throws IOException {
        Finding moved = Finding.builder("REP-002", Severity.ERROR).subject("group", "lansi-koordinaatioryhma")
                .at(new Location(RenderFixtures.GROUPS, 97, 1)).args("Nokia (536)").detail("municipality", "536")
                .build();
        String before = fingerprint(sarif(RenderFixtures.one()));
        assertEquals(before, fingerprint(sarif(RenderFixtures.report(List.of(moved)))));
        assertEquals(before, fingerprint(sarif(RenderFixtures.one(), RenderFixtures.context(Language.fi))));
        Finding other = Finding.builder("REP-002", Severity.ERROR).subject("group", "lansi-koordinaatioryhma")
                .at(new Location(RenderFixtures.GROUPS, 41, 5)).args("Sastamala (790)")
                .detail("municipality", "790").build();
        assertNotEquals(before, fingerprint(sarif(RenderFixtures.report(List.of(other)))));
    }

    @Test
    void waivedFindingIsSuppressedWithItsReason() throws IOException {
        JsonNode results = run(sarif(RenderFixtures.waived())).get("results");
        JsonNode waived = find(results, "REP-002");
        JsonNode suppression = waived.get("suppressions").get(0);
        assertEquals("external", suppression.get("kind").asText());
        assertEquals("The parish takes part through the regional group.",
                suppression.get("justification").asText());
        assertEquals("2024-12-31", suppression.get("properties").get("until").asText());
        assertFalse(find(results, "SIZE-001").has("suppressions"));
    }

    @Test
    void baselineMarksNewAndUnchanged() throws IOException {
        JsonNode run = run(sarif(RenderFixtures.baseline()));
        for (JsonNode result : run.get("results")) {
            String expected = result.get("ruleId").asText().equals("SIZE-001") ? "unchanged" : "new";
            assertEquals(expected, result.get("baselineState").asText(), result.toString());
        }
        JsonNode baseline = run.get("properties").get("baseline");
        assertEquals("old-report.json", baseline.get("file").asText());
        assertEquals(1, baseline.get("unchanged").asInt());
        assertEquals(1, baseline.get("fixed").asInt());
    }

    @Test
    void hostileStringsStayDataAndTheLogStaysValid() throws IOException {
        Report report = RenderFixtures.hostile();
        String text = RenderFixtures.render(renderer, report, RenderFixtures.context());
        JsonNode run = run(sarif(report));
        Messages m = new Messages(Language.en);
        JsonNode results = run.get("results");
        assertEquals(report.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = report.findings().get(i);
            assertEquals(m.message(f), results.get(i).get("message").get("text").asText());
            assertEquals(f.subject().id(), results.get(i).get("properties").get("subjectId").asText());
        }
        JsonNode inId = find(results, "REP-002");
        assertEquals(RenderFixtures.HOSTILE, inId.get("properties").get("subjectId").asText());
        assertEquals("data/%3Cevil%3E%20%26%20%22name%22.yaml", inId.get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertFalse(text.contains("\u0001"), "control characters are escaped");
        assertEquals(RenderFixtures.HOSTILE, find(results, "CHAIR-001").get("suppressions").get(0)
                .get("justification").asText());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageGivesAValidLog(Language language) throws IOException {
        JsonNode run = run(sarif(RenderFixtures.waived(), RenderFixtures.context(language)));
        assertEquals(language.name(), run.get("language").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pirkanmaa", "kanta-hame", "pohjois-karjala"})
    void sampleRegionGivesAValidLogWithEveryResultInAFile(String region) throws IOException {
        RenderFixtures.Checked checked = RenderFixtures.sample(region, Language.fi);
        JsonNode run = run(sarif(checked.report(), checked.context()));
        assertEquals(checked.report().findings().size(), run.get("results").size());
        assertEquals(checked.context().rules().size(), run.get("tool").get("driver").get("rules").size());
        for (JsonNode result : run.get("results")) {
            String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                    .asText();
            assertTrue(uri.startsWith("sample-data/" + region), uri);
        }
    }

    @Test
    void sameInputSameBytes() {
        RenderContext context = RenderFixtures.context();
        String first = RenderFixtures.render(renderer, RenderFixtures.baseline(), context);
        assertEquals(first, RenderFixtures.render(renderer, RenderFixtures.baseline(), context));
        assertEquals(first, RenderFixtures.render(new SarifRenderer(), RenderFixtures.baseline(), context));
    }

    @Test
    void ruleOutsideTheContextIsAddedSoEveryIndexResolves() throws IOException {
        Finding custom = Finding.builder("LOCAL-001", Severity.WARNING).subject("group", "g").key("LOCAL-001")
                .build();
        JsonNode run = run(sarif(RenderFixtures.report(List.of(custom))));
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(RenderFixtures.RULES.size() + 1, rules.size());
        int index = run.get("results").get(0).get("ruleIndex").asInt();
        assertEquals("LOCAL-001", rules.get(index).get("id").asText());
        assertEquals("LOCAL-001", rules.get(index).get("shortDescription").get("text").asText());
    }

    @Test
    void pathsBecomeRelativeUriReferences() {
        assertEquals("sample-data/pirkanmaa/groups.yaml", SarifRenderer.uri("sample-data/pirkanmaa/groups.yaml"));
        assertEquals("sample-data/groups.yaml", SarifRenderer.uri("./sample-data/groups.yaml"));
        assertEquals("data/area/groups.yaml", SarifRenderer.uri("data\\area\\groups.yaml"));
        assertEquals("data/h%C3%A4meenlinna%20ja%20muut.yaml", SarifRenderer.uri("data/hämeenlinna ja muut.yaml"));
        assertEquals("data/100%25%23x%3Fy.yaml", SarifRenderer.uri("data/100%#x?y.yaml"));
        assertEquals("a%3Ab.yaml", SarifRenderer.uri("a:b.yaml"), "a colon must not read as a scheme");
        assertEquals("file:///srv/data/groups.yaml", SarifRenderer.uri("/srv/data/groups.yaml"));
        assertEquals("file:///C:/data/groups.yaml", SarifRenderer.uri("C:\\data\\groups.yaml"));
    }

    private static String fingerprint(JsonNode root) {
        return run(root).get("results").get(0).get("partialFingerprints").get(SarifRenderer.FINGERPRINT_KEY).asText();
    }

    private static JsonNode find(JsonNode results, String rule) {
        for (JsonNode result : results) {
            if (result.get("ruleId").asText().equals(rule)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + rule);
    }

    private static Set<String> levels(JsonNode results) {
        List<String> levels = new ArrayList<>();
        results.forEach(r -> levels.add(r.get("level").asText()));
        return new HashSet<>(levels);
    }
}
