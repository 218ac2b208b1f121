package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model and waiver files are strict: a key that is not part of the format, at any level, is refused with its
 * place and the mapping it stands in, rather than silently ignored (a misspelt requirement would otherwise
 * switch a demand off).
 */
class StrictKeysTest {

    /** A model that uses every mapping the format has; {@code %s} marks where each test puts an unknown key. */
    private static final String MODEL = """
            id: full
            name: Full
            areas:
              - { id: a1, name: Area %s }
            municipalities:
              - { code: "536", name: Nokia, area: a1 %s }
            limits: { maxGroupsPerPerson: 6, termNoticeDays: 90, quorum: 0.5 %s }
            meetingPlaces: { perMunicipality: 1 %s }
            severity: { NET-003: WARNING }
            off: [NET-002]
            tiers:
              - tier: REGIONAL
                scope: REGION
                groups: { min: 1, max: 2 %s }
                chair: { represents: WELLBEING_REGION, title: johtaja %s }
                represented:
                  - { anyOf: [MUNICIPALITY, NGO], min: 1 %s }
                size: { min: 3, max: 30 %s }
                roles:
                  - { role: COORDINATOR, min: 1 %s }
              - tier: LOCAL
                scope: AREA
                %s
            """;

    private static final String[] PLACES = {"area", "municipality", "limits", "meetingPlaces", "groups", "chair",
        "represented", "size", "roles", "tier"};

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    /** The model with {@code extra} at place {@code at}, nothing at the others. */
    private static String model(int at, String extra) {
        Object[] fills = new Object[PLACES.length];
        for (int i = 0; i < fills.length; i++) {
            boolean last = i == PLACES.length - 1;
            fills[i] = i != at ? "" : last ? extra + ": 1" : ", " + extra + ": 1";
        }
        return MODEL.formatted(fills);
    }

    @Test
    void theFullModelLoads() throws IOException {
        GovernanceModel model = fi.perhekeskus.pkcheck.model.TestModels.loader().load(write("model.yaml", model(-1, "")));
        assertEquals("full", model.id());
        assertEquals(2, model.tiers().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"area, 4:35", "municipality, 6:51", "limits, 7:75", "meetingPlaces, 8:46", "groups, 14:39",
        "chair, 15:68", "represented, 17:55", "size, 18:38", "roles, 20:46", "tier, 23:12"})
    void anUnknownKeyInAnyMappingOfAModelIsRefused(String what, String position) throws IOException {
        int at = List.of(PLACES).indexOf(what);
        Path file = write("model.yaml", model(at, "bogus"));
        assertEquals(DatasetLoader.display(file) + ":" + position + ": unknown key 'bogus' in " + what,
                assertThrows(InputException.class, () -> fi.perhekeskus.pkcheck.model.TestModels.loader().load(file)).getMessage());
    }

    @Test
    void anUnknownTopLevelKeyOfAModelIsRefusedWithASuggestion() throws IOException {
        Path file = write("model.yaml", model(-1, "") + "tier: []\n");
        assertEquals(DatasetLoader.display(file) + ":24:7: unknown key 'tier' in model (did you mean 'tiers'?)",
                assertThrows(InputException.class, () -> fi.perhekeskus.pkcheck.model.TestModels.loader().load(file)).getMessage());
    }

    @Test
    void aWaiverFileIsStrictAtEveryLevel() throws IOException {
        String waiver = """
                waivers:
                  - rule: REP-002
                    subject: { type: group, id: g1 %s }
                    reason: agreed
                    until: 2024-12-31 %s
                %s""";
        List<Waiver> waivers = new WaiverLoader().load(write("w.yaml", waiver.formatted("", "", "")));
        assertEquals(List.of(new Waiver("REP-002", "group", "g1", "agreed", java.time.LocalDate.of(2024, 12, 31),
                waivers.get(0).location())), waivers);
        String name = DatasetLoader.display(temp.resolve("w.yaml"));
        assertEquals(name + ":3:45: unknown key 'bogus' in a waiver's subject",
                refusal(write("w.yaml", waiver.formatted(", bogus: 1", "", ""))));
        assertEquals(name + ":6:12: unknown key 'bogus' in a waiver",
                refusal(write("w.yaml", waiver.formatted("", "\n    bogus: 1", ""))));
        assertEquals(name + ":6:9: unknown key 'waiver' in a waiver file (did you mean 'waivers'?)",
                refusal(write("w.yaml", waiver.formatted("", "", "waiver: 1\n"))));
    }

    private static String refusal(Path file) {
        return assertThrows(InputException.class, () -> new WaiverLoader().load(file)).getMessage();
    }
}
