package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user's model file: what it may say, and a clear file:line error for everything wrong with it. */
class ModelLoaderTest {

    @TempDir
    Path temp;

    private final ModelLoader loader = fi.perhekeskus.pkcheck.model.TestModels.loader();

    private Path model(String yaml) throws IOException {
        Path file = temp.resolve("model.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aSmallModelWithOverrides() throws IOException {
        GovernanceModel m = loader.load(model("""
                id: mine
                limits: { maxGroupsPerPerson: 6, termNoticeDays: 90, quorum: 0.6 }
                severity: { NET-003: WARNING }
                off: [NET-002]
                tiers:
                  - tier: PROVINCIAL
                    scope: REGION
                  - tier: LOCAL
                    scope: AREA
                    off: [CHAIR-001]
                """));
        assertEquals("mine", m.id());
        assertEquals(6, m.limits().maxGroupsPerPerson());
        assertEquals(0.6, m.limits().quorum());
        assertEquals(Tier.PROVINCIAL, m.tier(Tier.LOCAL).orElseThrow().above());
        assertEquals(Severity.WARNING, m.severityOf("NET-003", null, Severity.INFO).orElseThrow());
        assertTrue(m.severityOf("NET-002", Tier.PROVINCIAL, Severity.WARNING).isEmpty());
        assertTrue(m.severityOf("CHAIR-001", Tier.LOCAL, Severity.ERROR).isEmpty());
        assertEquals(Severity.ERROR, m.severityOf("CHAIR-001", Tier.PROVINCIAL, Severity.ERROR).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key with suggestion | id: x\\ntiers:\\n  - tier: LOCAL\\n    scope: AREA\\n    sizes: {}\\n | 5:12 | did you mean 'size'",
        "bad tier | id: x\\ntiers:\\n  - tier: TOWN\\n    scope: AREA\\n | 3:11 | TOWN",
        "bad scope | id: x\\ntiers:\\n  - tier: LOCAL\\n    scope: county\\n | 4:12 | county",
        "tiers out of order | id: x\\ntiers:\\n  - { tier: LOCAL, scope: AREA }\\n  - { tier: REGIONAL, scope: AREA }\\n | 4:13 | top first",
        "no tiers | id: x\\n | 1:1 | at least one tier",
        "bad type | id: x\\ntiers:\\n  - { tier: LOCAL, scope: AREA, represented: [CHURCH] }\\n | 3:47 | CHURCH",
        "bad number | id: x\\ntiers:\\n  - { tier: LOCAL, scope: AREA, size: { min: many } }\\n | 3:46 | whole number",
        "bad quorum | id: x\\nlimits: { quorum: 1.5 }\\ntiers: [ { tier: LOCAL, scope: AREA } ]\\n | 2:19 | quorum",
        "bad rule id | id: x\\noff: [rep-1]\\ntiers: [ { tier: LOCAL, scope: AREA } ]\\n | 2:7 | rule id",
        "unknown area | id: x\\nareas: [ { id: a } ]\\nmunicipalities: [ { code: '020', area: b } ]\\ntiers: [ { tier: LOCAL, scope: AREA } ]\\n | 3:40 | area 'b'",
        "missing id | tiers: [ { tier: LOCAL, scope: AREA } ]\\n | 1:1 | missing 'id'",
    })
    void errorsNameFileLineAndColumn(String name, String yaml, String position, String fragment) throws IOException {
        Path file = model(yaml.replace("\\n", "\n"));
        InputException e = assertThrows(InputException.class, () -> loader.load(file));
        assertTrue(e.getMessage().contains("model.yaml:" + position), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void anUnknownReferenceIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> loader.resolve("lappi", null, null));
        assertTrue(e.getMessage().contains("lappi"), e.getMessage());
    }
}
