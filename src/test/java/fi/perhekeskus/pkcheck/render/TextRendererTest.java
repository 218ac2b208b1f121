package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.pkcheck.report.MeetingInfo;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parts of the text and JSON reports that only a baseline or a meeting brings: the comparison line and the
 * fixed findings, the meeting line and whom to invite; and the terminal's colours and cleaning.
 */
class TextRendererTest {

    private static final String HEADER = "pkcheck: Pirkanmaa (model pirkanmaa), check date 2024-03-01\n"
            + "Dataset: sample-data/pirkanmaa\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String text(Report report) {
        return RenderFixtures.render(new TextRenderer(), report, RenderFixtures.context());
    }

    private static JsonNode json(Report report) throws IOException {
        return JSON.readTree(RenderFixtures.render(new JsonRenderer(), report, RenderFixtures.context()));
    }

    private static Report meeting(List<PersonRef> attendees, List<Suggestion> advice) {
        return RenderFixtures.empty().withMeeting(new MeetingInfo("m1", "g1", LocalDate.of(2024, 3, 12), attendees),
                advice);
    }

    private static Report advised() {
        return meeting(List.of(new PersonRef("p1"), new PersonRef("p2")), List.of(new Suggestion("MEET-002",
                "suggest.MEET-002", List.of(), 1, List.of(new Suggestion.Invite(new PersonRef("p3"),
                        new PersonRef("p4")), new Suggestion.Invite(new PersonRef("p5"), null)))));
    }

    @Test
    void aBaselineAddsItsCountsNewMarksAndFixedFindings() {
        assertEquals(HEADER + """
                Compared with old-report.json: 6 new, 1 remaining, 1 fixed

                Region Pirkanmaa, its areas and municipalities
                  ERROR   CHAIR-001  [group kuhmoinen-paikallinen] The group has no chair.  (sample-data/pirkanmaa/groups.yaml:10)  [new]
                  ERROR   CHAIR-001  [group kuhmoinen-paikallinen] The group has no chair.  (sample-data/pirkanmaa/groups.yaml:12)  [new]
                  ERROR   CHAIR-001  [group orivesi-paikallinen] The group has no chair.  (sample-data/pirkanmaa/groups.yaml:20)  [new]
                  ERROR   REP-002    [group lansi-koordinaatioryhma] The municipality Nokia (536) has no seat in the group.  (sample-data/pirkanmaa/groups.yaml:41)  [new]
                  ERROR   STRUCT-003 [municipality 536] No group of the local tier covers the municipality Nokia (536).  [new]
                  WARNING SIZE-001   [group etela-koordinaatioryhma] The group has 31 seats; the model's range is 8 to 30.  (sample-data/pirkanmaa/groups.yaml:80)

                People and organisations
                  INFO    NET-003    [organisation srk-nokia] The organisation srk-nokia is represented in no group.  [new]

                Fixed since the baseline old-report.json
                  REP-001    [group old] fixed since

                Summary: 5 errors, 1 warning, 1 info
                """, text(RenderFixtures.baseline()));
    }

    @Test
    void aBaselineInJsonMarksEachFindingAndListsTheFixedOnes() throws IOException {
        JsonNode root = json(RenderFixtures.baseline());
        JsonNode baseline = root.get("baseline");
        assertEquals("old-report.json", baseline.get("file").asText());
        assertEquals(6, baseline.get("new").asInt());
        assertEquals(1, baseline.get("remaining").asInt());
        assertEquals(JSON.readTree("""
                [{"rule": "REP-001", "severity": "ERROR", "subject": {"type": "group", "id": "old"},
                  "message": "fixed since", "fingerprint": "0123456789abcdef"}]
                """), baseline.get("fixed"));
        long remaining = 0;
        for (JsonNode f : root.get("findings")) {
            String expected = "SIZE-001".equals(f.get("rule").asText()) ? "remaining" : "new";
            assertEquals(expected, f.get("baseline").asText(), f.toString());
            remaining += "remaining".equals(f.get("baseline").asText()) ? 1 : 0;
        }
        assertEquals(1, remaining);
        assertEquals(null, json(RenderFixtures.many()).get("findings").get(0).get("baseline"));
    }

    @Test
    void aMeetingNamesItsAttendeesAndWhomToInvite() {
        assertEquals(HEADER + """
                Meeting m1 of g1 on 2024-03-12; confirmed: p1, p2

                Whom to invite
                  MEET-002   No chair or vice-chair will be present: invite p3 or their deputy p4; p5.

                No findings: the network meets its governance model.
                Summary: 0 errors, 0 warnings, 0 infos
                """, text(advised()));
        assertEquals(HEADER + """
                Meeting m1 of g1 on 2024-03-12; confirmed: -

                No findings: the network meets its governance model.
                Summary: 0 errors, 0 warnings, 0 infos
                """, text(meeting(List.of(), List.of())));
    }

    /** A meeting checked ad hoc is named by its group and date: its made-up id is not shown. */
    @Test
    void aMeetingIsNamedByItsGroupsNameAndAnAdHocOneByNoId() {
        LocalDate date = LocalDate.of(2024, 3, 12);
        Report named = RenderFixtures.empty().withGroups(Map.of("g1", new Report.GroupInfo("g1", "Ohjausryhmä",
                "PROVINCIAL")));
        Report adHoc = named.withMeeting(new MeetingInfo(MeetingInfo.adHocId("g1", date), "g1", date, List.of()),
                List.of());
        assertTrue(text(adHoc).contains("\nMeeting of Ohjausryhmä (g1) on 2024-03-12; confirmed: -\n"), text(adHoc));
        Report fromData = named.withMeeting(new MeetingInfo("g1-2024-03", "g1", date, List.of()), List.of());
        assertTrue(text(fromData).contains("\nMeeting g1-2024-03 of Ohjausryhmä (g1) on 2024-03-12; confirmed: -\n"),
                text(fromData));
        String finnish = RenderFixtures.render(new TextRenderer(), adHoc, RenderFixtures.context(Language.fi));
        assertTrue(finnish.contains("\nKokous: Ohjausryhmä (g1), 12.3.2024; osallistumisensa vahvistaneet: -\n"),
                finnish);
    }

    @Test
    void aMeetingInJsonCarriesItsAttendeesAndSuggestions() throws IOException {
        JsonNode root = json(advised());
        assertEquals(JSON.readTree("""
                {"id": "m1", "group": "g1", "date": "2024-03-12", "attendees": ["p1", "p2"]}
                """), root.get("meeting"));
        assertEquals(JSON.readTree("""
                [{"rule": "MEET-002",
                  "message": "No chair or vice-chair will be present: invite p3 or their deputy p4; p5.",
                  "needed": 1, "invite": [{"person": "p3", "deputy": "p4"}, {"person": "p5"}]}]
                """), root.get("suggestions"));
        assertEquals(null, json(RenderFixtures.empty()).get("meeting"));
        assertEquals(null, json(RenderFixtures.empty()).get("suggestions"));
    }

    @Test
    void colourMarksHeadingsAndSeverities() {
        String coloured = RenderFixtures.render(new TextRenderer(), RenderFixtures.one(),
                new RenderContext(new Messages(Language.en), true, "0.1.0", RenderFixtures.RULES));
        assertEquals("""
                \u001b[1mpkcheck: Pirkanmaa (model pirkanmaa), check date 2024-03-01\u001b[0m
                Dataset: sample-data/pirkanmaa

                \u001b[1mRegion Pirkanmaa, its areas and municipalities\u001b[0m
                  \u001b[31mERROR  \u001b[0m REP-002    [group lansi-koordinaatioryhma] The municipality Nokia (536) has no seat in the group.  (sample-data/pirkanmaa/groups.yaml:41)

                \u001b[1mSummary: 1 error, 0 warnings, 0 infos\u001b[0m
                """, coloured);
    }

    @Test
    void everyCharacterThatCouldSteerATerminalIsReplaced() {
        String safe = "Päivi Åström — ok \u202F\u2065\u206A\u2027";
        assertSame(safe, TextRenderer.clean(safe));
        for (char c : new char[] {'\u0000', '\u001b', '\u007f', '\u009b', '\u2028', '\u2029', '\u061C', '\u200E',
            '\u200F', '\u202A', '\u202C', '\u202E', '\u2066', '\u2068', '\u2069'}) {
            assertEquals("a\uFFFDb", TextRenderer.clean("a" + c + "b"), Integer.toHexString(c));
        }
        assertEquals("\uFFFD[31mred\uFFFD", TextRenderer.clean("\u001b[31mred\n"));
    }
}
