package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading an earlier JSON report as a baseline: its findings with their fingerprints (given, or worked out as
 * the report would have written them), waived findings left out, and a one-line refusal for anything that is
 * not such a report.
 */
class BaselineLoaderTest {

    @TempDir
    Path temp;

    private final BaselineLoader loader = new BaselineLoader();

    private Path write(String json) throws IOException {
        return Files.writeString(temp.resolve("base.json"), json);
    }

    private String refusal(Path file) {
        return assertThrows(InputException.class, () -> loader.load(file, new ArrayList<>())).getMessage();
    }

    private String name() {
        return DatasetLoader.display(temp.resolve("base.json"));
    }

    @Test
    void findingsAreReadWithTheirFingerprintsAndPlaces() throws IOException {
        Path file = write("""
                {"findings": [
                  {"rule": "CHAIR-001", "severity": "ERROR", "subject": {"type": "group", "id": "g1"},
                   "message": "The group has no chair.", "location": {"file": "d.yaml", "line": 43, "column": 5},
                   "details": {}, "fingerprint": "d3e28e5832f1a309"},
                  {"rule": "SIZE-001", "severity": "WARNING", "subject": {"type": "group", "id": "g2"},
                   "details": {"size": 3, "min": 5, "types": ["MUNICIPALITY", "NGO"], "tier": "LOCAL"}},
                  {"rule": "REP-001", "severity": "ERROR", "subject": {"type": "group", "id": "g3"},
                   "waived": {"until": "2025-01-01", "reason": "known"}, "fingerprint": "0000000000000000"}
                ]}
                """);
        List<Baseline.Entry> entries = new ArrayList<>();
        Baseline baseline = loader.load(file, entries);

        assertEquals(name(), baseline.source());
        assertEquals(2, entries.size());
        Baseline.Entry given = entries.get(0);
        assertEquals(new Baseline.Entry("CHAIR-001", "ERROR", new Subject("group", "g1"), "The group has no chair.",
                new Location("d.yaml", 43, 5), "d3e28e5832f1a309"), given);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("size", 3L);
        details.put("min", 5L);
        details.put("types", List.of("MUNICIPALITY", "NGO"));
        details.put("tier", "LOCAL");
        String workedOut = Fingerprint.of("SIZE-001", "group", "g2", details);
        Baseline.Entry old = entries.get(1);
        assertEquals(workedOut, old.fingerprint());
        assertEquals("", old.message());
        assertNull(old.location());
        assertEquals("WARNING", old.severity());

        assertEquals(Set.of("d3e28e5832f1a309", workedOut), baseline.known());
        assertEquals(List.of(), baseline.fixed());
    }

    @Test
    void anEmptyReportIsAnEmptyBaseline() throws IOException {
        List<Baseline.Entry> entries = new ArrayList<>();
        Baseline baseline = loader.load(write("{\"findings\": []}"), entries);
        assertEquals(Set.of(), baseline.known());
        assertEquals(List.of(), entries);
    }

    @Test
    void aMissingFileIsRefused() {
        Path missing = temp.resolve("none.json");
        assertEquals(DatasetLoader.display(missing) + ": no such baseline file", refusal(missing));
        assertEquals(DatasetLoader.display(temp) + ": no such baseline file", refusal(temp));
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() throws IOException {
        Path file = write("{\"findings\": []}");
        assertEquals(name() + ": the file is 16 bytes, more than the limit of 10 bytes (raise it with --max-file-size "
                + "or PKCHECK_MAX_FILE_SIZE)", assertThrows(InputException.class,
                        () -> new BaselineLoader(new InputLimits(10)).load(file, new ArrayList<>())).getMessage());
    }

    @Test
    void brokenJsonIsRefusedWithItsPlace() throws IOException {
        assertEquals(name() + ":2:3: the baseline is not a JSON report: Unexpected character '}': "
                + "expected a value", refusal(write("{\"findings\":\n  }")));
    }

    @Test
    void aParserLimitIsNamed() throws IOException {
        assertEquals(name() + ": input limit exceeded: lists and mappings nest deeper than 100 levels "
                + "(see docs/security.md)", refusal(write("[".repeat(101) + "]".repeat(101))));
    }

    @Test
    void jsonThatIsNoReportIsRefused() throws IOException {
        String noFindings = name() + ": the baseline is not a pkcheck JSON report: it has no 'findings' list";
        assertEquals(noFindings, refusal(write("{\"findings\": {}}")));
        assertEquals(noFindings, refusal(write("[1, 2]")));
        assertEquals(noFindings, refusal(write("")));
    }
}
