package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pkcheck meeting} end to end: both ways of naming a meeting, suggestions, every exit-2 path. */
class MeetingCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String data = TestPaths.resource("cli/meeting/data.yaml").toString();

    private static List<String> rules(JsonNode report) {
        List<String> result = new ArrayList<>();
        report.get("findings").forEach(f -> result.add(f.get("rule").asText() + " " + f.at("/subject/type").asText()
                + " " + f.at("/subject/id").asText()));
        return result;
    }

    @Test
    void aMeetingOfTheDataWithAGapAndWhomToInvite() throws IOException {
        Cli.Result r = Cli.run("meeting", data, "--meeting", "m-nongo", "--format", "json", "--fail-on", "warning");
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.err());
        JsonNode report = JSON.readTree(r.out());
        assertTrue(rules(report).contains("MEET-003 meeting m-nongo"), report.toString());
        assertEquals("m-nongo", report.at("/meeting/id").asText());
        assertEquals("r1", report.at("/meeting/group").asText());
        assertEquals("2024-03-01", report.get("checkDate").asText());
        JsonNode suggestion = report.get("suggestions").get(0);
        assertEquals("MEET-003", suggestion.get("rule").asText());
        assertEquals("p3", suggestion.at("/invite/0/person").asText());
        assertEquals("p4", suggestion.at("/invite/0/deputy").asText());
        assertEquals("No one representing an NGO will be present: invite p3 or their deputy p4.",
                suggestion.get("message").asText());
    }

    @Test
    void whoHasConfirmedIsNamedForTheCoordinatorAndPseudonymisedForAReportThatTravels() {
        String sample = TestPaths.repository().resolve("sample-data/pirkanmaa.xlsx").toString();
        String named = Cli.run("meeting", sample, "--meeting", "etela-koordinaatioryhma-2024-03", "--lang", "fi").out();
        assertTrue(named.contains("Kokous: Eteläisen perhekeskusalueen koordinaatioryhmä (etela-koordinaatioryhma), "
                + "14.3.2024 (etela-koordinaatioryhma-2024-03); osallistumisensa vahvistaneet: Katja Partanen (p009), "), named);
        String travels = Cli.run("meeting", sample, "--meeting", "etela-koordinaatioryhma-2024-03", "--lang", "fi",
                "--pseudonymise").out();
        assertFalse(travels.contains("Katja") || travels.contains("p009"), travels);
    }

    @Test
    void theGroupsOwnFindingsComeWithTheMeeting() throws IOException {
        Cli.Result r = Cli.run("meeting", data, "--meeting", "m-nongo", "--format", "json");
        List<String> rules = rules(JSON.readTree(r.out()));
        assertTrue(rules.contains("TERM-001 membership r1/p10"), rules.toString());
        assertTrue(rules.stream().noneMatch(f -> f.startsWith("STRUCT-001")), "other groups' findings stay out: " + rules);
    }

    @Test
    void aMeetingGivenOnTheCommandLine() throws IOException {
        Cli.Result r = Cli.run("meeting", data, "--group", "r1", "--attendees", "p3,p5, p8,p99", "--date", "2024-03-05",
                "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode report = JSON.readTree(r.out());
        List<String> rules = rules(report);
        assertTrue(rules.contains("MEET-002 meeting r1@2024-03-05"), rules.toString());
        assertTrue(rules.contains("MEET-005 meeting r1@2024-03-05"), "p99 is not in the data: " + rules);
        assertEquals("2024-03-05", report.at("/meeting/date").asText());
    }

    @Test
    void inFinnishForTheCoordinator() {
        Cli.Result r = Cli.run("meeting", data, "--meeting", "m-nongo", "--lang", "fi");
        assertTrue(r.out().contains("Keitä kannattaa kutsua"), r.out());
        assertTrue(r.out().contains("Kutsu: p3 tai hänen varajäsenensä p4"), r.out());
    }

    /** A coordinator types who is coming by name: MEET-005 names the id of that name, to write instead. */
    @Test
    void anAttendeeTypedByNameIsToldTheIdOfThatName() throws Exception {
        String pirkanmaa = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();
        Cli.Result r = Cli.run("meeting", pirkanmaa, "--group", "pirkanmaa-ohjausryhma", "--attendees",
                "Outi Toivonen,p002", "--date", "2024-03-01", "--lang", "fi");
        assertTrue(r.out().contains("Outi Toivonen ei ole ryhmän pirkanmaa-ohjausryhma jäsen eikä varajäsen. Nimellä "
                + "\"Outi Toivonen\" löytyy tunnus p001: kirjoita nimen sijaan tunnus."), r.out());
        JsonNode report = JSON.readTree(Cli.run("meeting", pirkanmaa, "--group", "pirkanmaa-ohjausryhma",
                "--attendees", "Outi Toivonen,p002,p999", "--date", "2024-03-01", "--format", "json").out());
        List<String> hints = new java.util.ArrayList<>();
        report.get("findings").forEach(f -> {
            if ("MEET-005".equals(f.get("rule").asText())) {
                hints.add(f.at("/details/person").asText() + " -> " + f.at("/details/idOfName").asText("none"));
            }
        });
        assertEquals(List.of("Outi Toivonen -> p001", "p999 -> none"), hints.stream().sorted().toList());
    }

    @Test
    void aFullMeetingHasNoMeetFindingsButKeepsTheGroupsOwn() {
        Cli.Result r = Cli.run("meeting", data, "--group", "r1", "--attendees", "p1,p3,p5,p6", "--date", "2024-03-01");
        assertFalse(r.out().contains("MEET-00"), r.out());
        assertTrue(r.out().contains("ROLE-002"), "the coordinator sits in no provincial group: " + r.out());
        assertEquals(1, r.exit());
        assertEquals(0, Cli.run("meeting", data, "--group", "r1", "--attendees", "p1,p3,p5,p6", "--date",
                "2024-03-01", "--rules", TestPaths.resource("cli/no-rules").toString(), "--fail-on", "never").exit());
    }

    @Test
    void unknownMeetingOrGroupAndBadUsageExitTwo() {
        for (Cli.Result r : List.of(
                Cli.run("meeting", data, "--meeting", "nope"),
                Cli.run("meeting", data, "--group", "nope", "--attendees", "p1"),
                Cli.run("meeting", data),
                Cli.run("meeting", data, "--meeting", "m-nongo", "--group", "r1"),
                Cli.run("meeting", data, "--meeting", "m-nongo", "--attendees", "p1"))) {
            assertEquals(2, r.exit(), r.out() + r.err());
            assertEquals("", r.out());
            assertFalse(r.err().strip().contains("\n"), r.err());
        }
        assertTrue(Cli.run("meeting", data, "--meeting", "nope").err().contains("m-nongo"));
        assertTrue(Cli.run("meeting", data, "--group", "nope").err().contains("nope"));
    }
}
