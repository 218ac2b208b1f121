package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers and baselines change what counts towards --fail-on, and every report says so. */
class AcceptanceCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** One local group with no chair (CHAIR-001) and otherwise nothing an ERROR could be about. */
    private Path data(boolean secondGap) throws IOException {
        Path model = temp.resolve("model.yaml");
        Files.writeString(model, "id: tiny\ntiers:\n  - { tier: PROVINCIAL, scope: REGION, chair: {} }\n");
        Path file = temp.resolve(secondGap ? "data2.yaml" : "data.yaml");
        Files.writeString(file, """
                schemaVersion: 1
                model: model.yaml
                organisations: [ { id: hva, type: WELLBEING_REGION } ]
                people: [ { id: p1, organisation: hva }, { id: p2, organisation: hva } ]
                groups:
                  - { id: g1, tier: PROVINCIAL, members: [ { person: p1 } ] }
                """ + (secondGap ? "  - { id: g2, tier: PROVINCIAL, members: [ { person: p2 } ] }\n" : ""));
        return file;
    }

    private Path waivers(String until) throws IOException {
        Path file = temp.resolve("waivers-" + until + ".yaml");
        Files.writeString(file, """
                waivers:
                  - rule: CHAIR-001
                    subject: { type: group, id: g1 }
                    reason: The chair is elected at the March meeting.
                    until: %s
                """.formatted(until));
        return file;
    }

    @Test
    void anActiveWaiverKeepsTheFindingMarkedAndStopsItFailing() throws IOException {
        String data = data(false).toString();
        assertEquals(1, Cli.run("check", data, "--date", "2024-03-01").exit());
        Cli.Result r = Cli.run("check", data, "--date", "2024-03-01", "--format", "json",
                "--waivers", waivers("2024-12-31").toString());
        assertEquals(0, r.exit(), r.out());
        JsonNode report = JSON.readTree(r.out());
        assertEquals(1, report.at("/summary/waived").asInt());
        assertEquals(0, report.at("/summary/errors").asInt());
        JsonNode finding = report.get("findings").get(0);
        assertEquals("CHAIR-001", finding.get("rule").asText());
        assertEquals("The chair is elected at the March meeting.", finding.at("/waived/reason").asText());
        String text = Cli.run("check", data, "--date", "2024-03-01", "--waivers", waivers("2024-12-31").toString())
                .out();
        assertTrue(text.contains("waived until 2024-12-31"), text);
    }

    @Test
    void anExpiredWaiverNoLongerAppliesAndIsReported() throws IOException {
        Cli.Result r = Cli.run("check", data(false).toString(), "--date", "2024-03-01", "--format", "json",
                "--waivers", waivers("2024-01-31").toString());
        assertEquals(1, r.exit());
        JsonNode report = JSON.readTree(r.out());
        assertEquals(0, report.at("/summary/waived").asInt());
        assertTrue(r.out().contains("\"WAIVER-001\""), r.out());
    }

    @Test
    void aBrokenWaiverFileIsAnInputError() throws IOException {
        Path file = temp.resolve("bad-waivers.yaml");
        Files.writeString(file, "waivers:\n  - rule: CHAIR-001\n    subject: { type: group, id: g1 }\n    until: 2024-12-31\n");
        Cli.Result r = Cli.run("check", data(false).toString(), "--waivers", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad-waivers.yaml:2:") && r.err().contains("reason"), r.err());
    }

    @Test
    void onlyFindingsNewSinceTheBaselineFail() throws IOException {
        Path baseline = temp.resolve("old.json");
        Cli.Result old = Cli.run("check", data(false).toString(), "--date", "2024-03-01", "--format", "json",
                "-o", baseline.toString());
        assertEquals(1, old.exit());
        Cli.Result same = Cli.run("check", data(false).toString(), "--date", "2024-03-01",
                "--baseline", baseline.toString());
        assertEquals(0, same.exit(), "nothing new: " + same.out());
        Cli.Result more = Cli.run("check", data(true).toString(), "--date", "2024-03-01", "--format", "json",
                "--baseline", baseline.toString());
        assertEquals(1, more.exit(), "g2 is new: " + more.out());
        JsonNode report = JSON.readTree(more.out());
        assertEquals(1, report.at("/baseline/new").asInt(), "CHAIR-001 on g2");
        assertEquals(1, report.at("/baseline/remaining").asInt());
        for (JsonNode f : report.get("findings")) {
            boolean g1 = f.at("/subject/id").asText().equals("g1");
            assertEquals(g1 ? "remaining" : "new", f.get("baseline").asText(), f.toString());
        }
        Cli.Result fixed = Cli.run("check", data(false).toString(), "--date", "2024-03-01", "--format", "json",
                "--baseline", temp.resolve("old2.json").toString());
        assertEquals(2, fixed.exit());
    }

    @Test
    void fixedFindingsAreListed() throws IOException {
        Path baseline = temp.resolve("old.json");
        Cli.run("check", data(true).toString(), "--date", "2024-03-01", "--format", "json", "-o", baseline.toString());
        Cli.Result r = Cli.run("check", data(false).toString(), "--date", "2024-03-01", "--baseline",
                baseline.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("Fixed since the baseline"), r.out());
        assertTrue(r.out().contains("[group g2]"), r.out());
        assertFalse(r.out().contains("[new]"), r.out());
    }

    @Test
    void aBaselineThatIsNotAReportIsAnInputError() throws IOException {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{ \"findings\": [ }");
        Cli.Result r = Cli.run("check", data(false).toString(), "--baseline", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.json:1:"), r.err());
    }
}
