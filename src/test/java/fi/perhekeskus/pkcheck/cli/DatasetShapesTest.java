package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same records give the same report whatever the files' shape: a directory of files, one file that holds
 * each group's members in the group, and one indented file with all memberships in a top-level list after the
 * groups, as a registry exports them. Only the findings' locations and the list of datasets differ.
 */
class DatasetShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void directoryOneFileAndExportGiveTheSameFindings() throws Exception {
        NetworkGenerator.Result generated = NetworkGenerator.generate(
                NetworkGenerator.Config.of(NetworkGenerator.SYNTHETIC, 4000, 11).withDefects(0.05), temp);
        Path one = temp.resolve("one").resolve("network.json");
        Path export = temp.resolve("export").resolve("network.json");
        assertTrue(Files.readString(export).contains("\n  \"members\" : [\n    {\n      \"group\" : "),
                "the export lists memberships at the top level, indented");

        JsonNode directory = check(generated.dataDir());
        List<JsonNode> findings = withoutLocations(directory);
        assertTrue(findings.size() > 20, "the defects give findings: " + findings.size());
        for (Path file : List.of(one, export)) {
            JsonNode report = check(file);
            assertEquals(directory.get("summary"), report.get("summary"), file.toString());
            assertEquals(findings, withoutLocations(report), file.toString());
        }
    }

    private static JsonNode check(Path path) throws Exception {
        Cli.Result r = Cli.run("check", path.toString(), "--date", "2025-03-01", "--format", "json");
        assertEquals(1, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    private static List<JsonNode> withoutLocations(JsonNode report) {
        List<JsonNode> findings = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            ObjectNode copy = finding.deepCopy();
            copy.remove("location");
            findings.add(copy);
        }
        return findings;
    }
}
