package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.ModelDefault;
import fi.perhekeskus.pkcheck.model.ParamKind;
import fi.perhekeskus.pkcheck.model.RequirementCatalogue;
import fi.perhekeskus.pkcheck.model.RequirementKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What rules declare about the requirements they read, as the rule base collects it for the model loader. */
class RequirementMetadataTest {

    private static RuleBase compile(String rules) {
        String drl = "package t;\nimport fi.perhekeskus.pkcheck.model.Requirement;\n" + rules;
        return RuleBase.compile(Map.of("t.drl", drl.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rule(String name, String metadata) {
        return "rule \"" + name + "\"\n    @id(\"X-001\") @severity(\"INFO\") " + metadata
                + "\nwhen\n    Requirement( rule == \"X-001\" )\nthen\nend\n";
    }

    @Test
    void theBuiltInRulesDeclareEveryShortKeyOfTheModelFormat() {
        RequirementCatalogue c = RuleBase.build(List.of()).requirements();
        assertEquals(Set.of("groups", "coverEveryMunicipality", "maxMunicipalities", "sameArea", "chair",
                "represented", "allMunicipalities", "size", "roles", "coordinatorsOf", "linkToAbove",
                "chairAndViceDiffer"), c.keysUnder(""));
        assertEquals(Set.of("min", "max"), c.keysUnder("groups"));
        assertEquals(Set.of("represents", "title", "groupCovers"), c.keysUnder("chair"));
        assertEquals(List.of("CHAIR-001", "CHAIR-002"), c.at("chair").stream().map(RequirementKind::rule).sorted()
                .toList());
        RequirementKind rep = c.of("REP-001");
        assertTrue(rep.perEntry());
        assertEquals("represented", rep.path());
        assertEquals(List.of("anyOf", "type"), rep.param("type").names());
        assertEquals("1", rep.param("min").fallback());
        assertEquals(ModelDefault.BELOW_TOP, c.of("NET-002").byDefault(), "NET-002 links a tier to the one above");
        assertEquals(ModelDefault.NONE, c.of("SIZE-001").byDefault());
        assertNull(c.of("DATA-001"), "a rule that reads no requirement is not in the catalogue");
        assertNull(c.of("CHAIR-006").key(), "a rule may be written only under requirements:");
    }

    @Test
    void aUserRuleDeclaresItsRequirementAndKey() {
        RuleBase rules = compile(rule("a", "@params(\"min: count = 2, who: role?, note: text\") @model(\"local.vice\")"));
        RequirementKind kind = rules.requirements().of("X-001");
        assertEquals("local.vice", kind.key());
        assertEquals(List.of(ParamKind.COUNT, ParamKind.ROLE, ParamKind.TEXT),
                kind.params().stream().map(p -> p.kind()).toList());
        assertTrue(kind.param("note").required());
        assertFalse(kind.param("who").required());
        assertFalse(kind.param("min").required());
        assertEquals(Set.of("local"), rules.requirements().keysUnder(""));
    }

    @Test
    void modelDefaultIsTrueFalseOrBelowTop() {
        assertEquals(ModelDefault.NONE, compile(rule("a", "@params(\"\")")).requirements().of("X-001").byDefault());
        assertEquals(ModelDefault.NONE,
                compile(rule("a", "@params(\"\") @modelDefault(\"false\")")).requirements().of("X-001").byDefault());
        assertEquals(ModelDefault.EVERY_TIER,
                compile(rule("a", "@params(\"\") @modelDefault(\"true\")")).requirements().of("X-001").byDefault());
        assertEquals(ModelDefault.BELOW_TOP,
                compile(rule("a", "@params(\"\") @modelDefault(\"belowTop\")")).requirements().of("X-001").byDefault());
        InputException e = assertThrows(InputException.class,
                () -> compile(rule("top only", "@params(\"\") @modelDefault(\"top\")")));
        assertTrue(e.getMessage().contains("rule \"top only\": @modelDefault must be true, false or belowTop, not 'top'"),
                e.getMessage());
        InputException alone = assertThrows(InputException.class,
                () -> compile(rule("alone", "@modelDefault(\"belowTop\")")));
        assertTrue(alone.getMessage().contains("need @params"), alone.getMessage());
        InputException differ = assertThrows(InputException.class, () -> compile(
                rule("a", "@params(\"\") @modelDefault(\"true\")") + rule("b", "@params(\"\") @modelDefault(\"belowTop\")")));
        assertTrue(differ.getMessage().contains("declare different @params, @model or @modelDefault"),
                differ.getMessage());
    }

    @Test
    void rulesOfOneIdMustAgree() {
        String twice = rule("a", "@params(\"min: count\")") + rule("b", "@params(\"min: count\")");
        assertEquals("X-001", compile(twice).requirements().of("X-001").rule());
        InputException e = assertThrows(InputException.class,
                () -> compile(rule("a", "@params(\"min: count\")") + rule("b", "@params(\"max: count\")")));
        assertTrue(e.getMessage().contains("t.drl") && e.getMessage().contains("declare different @params"),
                e.getMessage());
    }

    @Test
    void malformedDeclarationsNameTheRule() {
        for (String bad : List.of("@params(\"min\")", "@params(\"min: number\")", "@model(\"size\")",
                "@params(\"\") @model(\"a..b\")", "@params(\"\") @modelDefault(\"sometimes\")")) {
            InputException e = assertThrows(InputException.class, () -> compile(rule("bad one", bad)), bad);
            assertTrue(e.getMessage().contains("bad one"), e.getMessage());
        }
    }
}
