package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.ModelDefault;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    private Path file(String name, String yaml) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    private static List<String> rules(GovernanceModel m, Tier tier) {
        return m.requirementsOf(tier).stream().map(Requirement::rule).toList();
    }

    private static Requirement one(GovernanceModel m, Tier tier, String rule) {
        List<Requirement> found = m.requirementsOf(tier).stream().filter(r -> r.rule().equals(rule)).toList();
        assertEquals(1, found.size(), rule + " at " + tier + ": " + found);
        return found.get(0);
    }

    @Test
    void theBuiltInKeysBecomeTypedRequirementsOfTheRulesThatDeclareThem() throws IOException {
        GovernanceModel m = loader.load(model("""
                id: x
                tiers:
                  - tier: PROVINCIAL
                    scope: REGION
                    groups: { min: 1, max: 2 }
                    chair: { represents: WELLBEING_REGION, title: johtaja, groupCovers: [NGO, [PARISH, DIOCESE]] }
                    represented: [NGO, { type: MUNICIPALITY, min: 2 }]
                    size: { max: 15 }
                    roles: [{ role: COORDINATOR }]
                    coordinatorsOf: [LOCAL]
                  - tier: LOCAL
                    scope: MUNICIPALITIES
                    coverEveryMunicipality: true
                    maxMunicipalities: 2
                    linkToAbove: false
                    requirements: { CHAIR-006: true }
                """));
        assertEquals(List.of("STRUCT-001", "STRUCT-002", "CHAIR-001", "CHAIR-002", "CHAIR-003", "CHAIR-004",
                "CHAIR-005", "CHAIR-005", "REP-001", "REP-001", "SIZE-001", "ROLE-001", "ROLE-002"),
                rules(m, Tier.PROVINCIAL), "no NET-002 at the top tier: no tier lies above it");
        assertEquals(1, one(m, Tier.PROVINCIAL, "STRUCT-001").count("min"));
        assertEquals(2, one(m, Tier.PROVINCIAL, "STRUCT-002").count("max"));
        assertEquals(OrganisationType.WELLBEING_REGION, one(m, Tier.PROVINCIAL, "CHAIR-003").type("represents"));
        assertEquals("johtaja", one(m, Tier.PROVINCIAL, "CHAIR-004").text("title"));
        List<Requirement> covers = m.requirementsOf(Tier.PROVINCIAL).stream()
                .filter(r -> r.rule().equals("CHAIR-005")).toList();
        assertEquals(Set.of(OrganisationType.PARISH, OrganisationType.DIOCESE), covers.get(1).types("anyOf"));
        List<Requirement> rep = m.requirementsOf(Tier.PROVINCIAL).stream()
                .filter(r -> r.rule().equals("REP-001")).toList();
        assertEquals(1, rep.get(0).count("min"), "the declared fallback");
        assertEquals(Set.of(OrganisationType.MUNICIPALITY), rep.get(1).types("anyOf"), "type is a name of anyOf");
        assertEquals(2, rep.get(1).count("min"));
        Requirement size = one(m, Tier.PROVINCIAL, "SIZE-001");
        assertFalse(size.has("min"));
        assertTrue(size.outside(16, "min", "max"));
        assertFalse(size.outside(0, "min", "max"));
        assertEquals(Role.COORDINATOR, one(m, Tier.PROVINCIAL, "ROLE-001").role("role"));
        assertEquals(Tier.LOCAL, one(m, Tier.PROVINCIAL, "ROLE-002").lowerTier("from"));
        assertEquals(List.of("STRUCT-003", "STRUCT-004", "CHAIR-006"), rules(m, Tier.LOCAL),
                "linkToAbove: false leaves NET-002 out");
    }

    @Test
    void netTwoIsOnByDefaultOnlyBelowTheTopTier() throws IOException {
        for (String id : ModelLoader.BUILT_IN) {
            GovernanceModel m = loader.builtIn(id);
            for (var t : m.tiers()) {
                assertEquals(t.above() != null, rules(m, t.tier()).contains("NET-002"), id + " " + t.tier());
            }
        }
        GovernanceModel m = loader.load(model("""
                id: x
                tiers:
                  - { tier: REGIONAL, scope: AREA }
                  - { tier: LOCAL, scope: AREA }
                """));
        assertEquals(List.of(), rules(m, Tier.REGIONAL), "the top tier need not be the provincial one");
        assertEquals(List.of("NET-002"), rules(m, Tier.LOCAL));
        assertEquals(List.of(), rules(loader.load(model("id: x\ntiers: [ { tier: LOCAL, scope: AREA } ]\n")),
                Tier.LOCAL), "a model of one tier has nothing above it");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the short key | linkToAbove: true",
        "an entry of requirements | 'requirements: { NET-002: true }'",
        "an entry with an empty mapping | 'requirements: { NET-002: {} }'",
    })
    void aTopTierThatAsksForNetTwoKeepsIt(String name, String line) throws IOException {
        GovernanceModel m = loader.load(model("id: x\ntiers:\n  - tier: PROVINCIAL\n    scope: REGION\n    "
                + line + "\n  - { tier: LOCAL, scope: AREA }\n"));
        assertEquals(List.of("NET-002"), rules(m, Tier.PROVINCIAL), name);
        assertEquals(Tier.PROVINCIAL, one(m, Tier.PROVINCIAL, "NET-002").tier());
        assertEquals(List.of("NET-002"), rules(m, Tier.LOCAL));
    }

    @Test
    void offAtTheTopTierIsKeptAndAddsNothing() throws IOException {
        GovernanceModel m = loader.load(model("""
                id: x
                tiers:
                  - { tier: PROVINCIAL, scope: REGION, off: [NET-002] }
                  - { tier: LOCAL, scope: AREA, linkToAbove: false }
                """));
        assertEquals(Set.of("NET-002"), m.tier(Tier.PROVINCIAL).orElseThrow().off());
        assertEquals(List.of(), rules(m, Tier.PROVINCIAL));
        assertEquals(List.of(), rules(m, Tier.LOCAL), "linkToAbove: false below the top still wins");
    }

    @Test
    void aRuleOnByDefaultEverywhereOrBelowTheTopAsItDeclares() throws IOException {
        ModelLoader own = new ModelLoader(new fi.perhekeskus.pkcheck.model.RequirementCatalogue(List.of(
                fi.perhekeskus.pkcheck.model.RequirementKind.parse("X-001", null, "", ModelDefault.EVERY_TIER),
                fi.perhekeskus.pkcheck.model.RequirementKind.parse("X-002", "up", "", ModelDefault.BELOW_TOP),
                fi.perhekeskus.pkcheck.model.RequirementKind.parse("X-003", null, "", ModelDefault.NONE))));
        GovernanceModel m = own.load(model("""
                id: x
                tiers:
                  - { tier: PROVINCIAL, scope: REGION }
                  - { tier: REGIONAL, scope: AREA, requirements: { X-001: false } }
                  - { tier: LOCAL, scope: AREA, up: false, requirements: { X-003: true } }
                """));
        assertEquals(List.of("X-001"), rules(m, Tier.PROVINCIAL));
        assertEquals(List.of("X-002"), rules(m, Tier.REGIONAL));
        assertEquals(List.of("X-003", "X-001"), rules(m, Tier.LOCAL));
    }

    @Test
    void requirementsEntriesReplaceTheShortKeysOfTheirRule() throws IOException {
        GovernanceModel m = loader.load(model("""
                id: x
                tiers:
                  - tier: LOCAL
                    scope: AREA
                    size: { min: 3 }
                    represented: [NGO, PARISH]
                    requirements: { SIZE-001: { max: 9 }, REP-001: false, NET-002: false }
                """));
        assertEquals(List.of("SIZE-001"), rules(m, Tier.LOCAL));
        assertEquals(9, one(m, Tier.LOCAL, "SIZE-001").count("max"));
        assertFalse(one(m, Tier.LOCAL, "SIZE-001").has("min"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a rule that reads no requirement | requirements: { DATA-001: true } | 5:31 | no rule reads a requirement DATA-001",
        "an unknown parameter | requirements: { SIZE-001: { mni: 3 } } | 5:38 | unknown parameter 'mni' of SIZE-001 (it takes min, max; did you mean 'min'?)",
        "a parameter of a rule with none | requirements: { CHAIR-006: { on: 1 } } | 5:38 | it takes none",
        "a missing parameter | roles: [{ min: 1 }] | 5:13 | ROLE-001 needs 'role'",
        "a bad value | requirements: { ROLE-001: { role: BOSS } } | 5:39 | BOSS",
        "a tier not below | coordinatorsOf: [PROVINCIAL] | 5:22 | coordinatorsOf must name tiers below LOCAL",
        "a flag that is not | sameArea: often | 5:15 | sameArea must be true or false",
        "an unknown key in a short key | chair: { titel: x } | 5:21 | unknown key 'titel' in chair (did you mean 'title'?)",
    })
    void requirementErrorsNameFileLineAndColumn(String name, String line, String position, String fragment)
            throws IOException {
        Path file = model("id: x\ntiers:\n  - tier: LOCAL\n    scope: AREA\n    ".replace("\\n", "\n") + line + "\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(file));
        assertTrue(e.getMessage().contains("model.yaml:" + position), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void aModelExtendsABuiltInOneAndDropsATier() throws IOException {
        GovernanceModel m = loader.load(model("""
                extends: kanta-hame
                id: kanta-hame-2027
                tiers:
                  - { tier: REGIONAL, remove: true }
                  - tier: PROVINCIAL
                    coordinatorsOf: []
                    requirements: { CHAIR-006: true }
                  - tier: LOCAL
                    size: { min: 3 }
                """));
        GovernanceModel base = loader.builtIn("kanta-hame");
        assertEquals("kanta-hame-2027", m.id());
        assertEquals(base.municipalities(), m.municipalities());
        assertEquals(List.of(Tier.PROVINCIAL, Tier.LOCAL), m.tiers().stream().map(t -> t.tier()).toList());
        assertEquals(Tier.PROVINCIAL, m.tier(Tier.LOCAL).orElseThrow().above(), "the local tier now links higher");
        assertEquals(base.tier(Tier.PROVINCIAL).orElseThrow().scope(), m.tier(Tier.PROVINCIAL).orElseThrow().scope());
        List<String> provincial = new java.util.ArrayList<>(rules(base, Tier.PROVINCIAL));
        provincial.remove("ROLE-002");
        provincial.add("CHAIR-006");
        assertEquals(provincial, rules(m, Tier.PROVINCIAL));
        assertEquals(3, one(m, Tier.LOCAL, "SIZE-001").count("min"));
        assertEquals(rules(base, Tier.LOCAL).size() + 1, rules(m, Tier.LOCAL).size());
    }

    @Test
    void aModelExtendsAFileRelativeToItselfAndMergesSeverityAndOff() throws IOException {
        file("regions/base.yaml", """
                id: base
                off: [NET-003]
                tiers:
                  - tier: PROVINCIAL
                    scope: REGION
                    size: { min: 5 }
                    severity: { SIZE-001: INFO }
                    off: [SIZE-001]
                    requirements: { CHAIR-006: true }
                """);
        GovernanceModel m = loader.load(file("regions/mine/model.yaml", """
                extends: ../base.yaml
                id: mine
                tiers:
                  - tier: PROVINCIAL
                    severity: { REP-001: WARNING }
                    off: [REP-002]
                    requirements: { CHAIR-006: false }
                  - { tier: LOCAL, scope: MUNICIPALITIES }
                """));
        assertEquals("mine", m.id());
        assertEquals(Set.of("NET-003"), m.off());
        var provincial = m.tier(Tier.PROVINCIAL).orElseThrow();
        assertEquals(Set.of("SIZE-001", "REP-002"), provincial.off());
        assertEquals(Set.of("SIZE-001", "REP-001"), provincial.severities().keySet());
        assertEquals(List.of("SIZE-001"), rules(m, Tier.PROVINCIAL));
        assertEquals(List.of("NET-002"), rules(m, Tier.LOCAL));
        assertEquals(Tier.PROVINCIAL, m.tier(Tier.LOCAL).orElseThrow().above());
    }

    @Test
    void modelsThatExtendEachOtherInACircleAreRefusedWithFileAndLine() throws IOException {
        file("a.yaml", "id: a\nextends: b.yaml\ntiers: [ { tier: LOCAL, scope: AREA } ]\n");
        Path b = file("b.yaml", "id: b\nextends: a.yaml\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(b));
        assertTrue(e.getMessage().contains("a.yaml:2:10"), e.getMessage());
        assertTrue(e.getMessage().contains("b.yaml -> a.yaml -> b.yaml"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a missing base file | extends: ../nowhere.yaml\\nid: x\\n | 1:10 | cannot find the base model '../nowhere.yaml'",
        "not a model file | extends: /etc/passwd\\nid: x\\n | 1:10 | cannot find the base model",
        "removing a tier the base lacks | extends: pohjois-karjala\\nid: x\\ntiers: [ { tier: LOCAL, remove: true } ]\\n | 3:33 | no tier LOCAL",
        "remove without a base | id: x\\ntiers: [ { tier: LOCAL, scope: AREA, remove: true } ]\\n | 2:46 | unknown key 'remove'",
    })
    void aBaseThatCannotBeUsedIsAnErrorWithFileAndLine(String name, String yaml, String position, String fragment)
            throws IOException {
        Path file = model(yaml.replace("\\n", "\n"));
        InputException e = assertThrows(InputException.class, () -> loader.load(file));
        assertTrue(e.getMessage().contains("model.yaml:" + position), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void modelErrorsAreWrittenInTheChosenLanguage() throws IOException {
        Path file = model("id: x\ntiers:\n  - tier: LOCAL\n    scope: AREA\n    requirements: { SIZE-001: { mni: 3 } }\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(file));
        String where = DatasetLoader.display(file) + ":5:38: ";
        assertEquals(where + "unknown parameter 'mni' of SIZE-001 (it takes min, max; did you mean 'min'?)",
                e.getMessage());
        assertEquals(where + "säännöllä SIZE-001 ei ole parametria 'mni' (sen parametrit: min, max; tarkoititko 'min'?)",
                new fi.perhekeskus.pkcheck.render.Messages(fi.perhekeskus.pkcheck.render.Language.fi).error(e));
        assertEquals(where + "regeln SIZE-001 har ingen parameter 'mni' (dess parametrar: min, max; menade du 'min'?)",
                new fi.perhekeskus.pkcheck.render.Messages(fi.perhekeskus.pkcheck.render.Language.sv).error(e));
        Path circle = model("id: x\nextends: model.yaml\n");
        assertEquals(DatasetLoader.display(circle) + ":2:10: mallit laajentavat toisiaan kehässä: model.yaml -> model.yaml",
                new fi.perhekeskus.pkcheck.render.Messages(fi.perhekeskus.pkcheck.render.Language.fi)
                        .error(assertThrows(InputException.class, () -> loader.load(circle))));
    }
}
