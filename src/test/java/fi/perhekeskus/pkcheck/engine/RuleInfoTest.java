package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** A rule's metadata as its DRL writes it, with or without quotes, and the phases that choose where it runs. */
class RuleInfoTest {

    /** A rule as Drools hands it over, with the metadata values as given. */
    private record Written(String getName, Map<String, Object> getMetaData) implements Rule {
        @Override
        public String getPackageName() {
            return "pkcheck.rules.test";
        }

        @Override
        public int getLoadOrder() {
            return 0;
        }

        @Override
        public KnowledgeType getKnowledgeType() {
            return KnowledgeType.RULE;
        }

        @Override
        public String getNamespace() {
            return getPackageName();
        }

        @Override
        public String getId() {
            return getName;
        }
    }

    @Test
    void aRuleReadAgainGivesTheSameInfoAndAnotherRuleItsOwn() {
        Written first = new Written("Same name", Map.of("id", "REP-002", "severity", "WARNING"));
        Written second = new Written("Same name", Map.of("id", "REP-003", "severity", "ERROR"));

        RuleInfo firstInfo = RuleInfo.of(first);
        assertSame(firstInfo, RuleInfo.of(first), "the same rule again: the info already read");
        RuleInfo secondInfo = RuleInfo.of(second);
        assertEquals("REP-003", secondInfo.id(), "another rule object is read, even one equal in name");
        assertEquals(Severity.ERROR, secondInfo.severity());
        RuleInfo firstAgain = RuleInfo.of(first);
        assertNotSame(firstInfo, firstAgain, "only the last rule is remembered");
        assertEquals(firstInfo, firstAgain);
    }

    @Test
    void aMalformedRuleIsRefusedEachTimeItIsRead() {
        Written broken = new Written("Broken", Map.of("id", "REP-002"));

        assertThrows(InputException.class, () -> RuleInfo.of(broken));
        assertThrows(InputException.class, () -> RuleInfo.of(broken), "a refusal is not remembered as an answer");
    }

    @Test
    void quotedAndPlainValuesReadAlike() {
        RuleInfo quoted = RuleInfo.of(new Written("Quoted", Map.of("id", "\"REP-002\"", "severity", "\"WARNING\"",
                "phase", "\"meeting\"")));
        RuleInfo plain = RuleInfo.of(new Written("Plain", Map.of("id", "REP-002", "severity", "WARNING",
                "phase", "meeting")));

        assertEquals(new RuleInfo("REP-002", Severity.WARNING, "Quoted", "pkcheck.rules.test", RuleInfo.MEETING),
                quoted);
        assertEquals(new RuleInfo("REP-002", Severity.WARNING, "Plain", "pkcheck.rules.test", RuleInfo.MEETING),
                plain);
        assertEquals("", RuleInfo.of(new Written("Empty", Map.of("id", "\"\"", "severity", "INFO"))).id(),
                "two quotes are an empty value");
        assertEquals("\"", RuleInfo.of(new Written("Lone", Map.of("id", "\"", "severity", "INFO"))).id(),
                "one quote is no quoting");
    }

    @Test
    void thePhaseChoosesTheCommandsThatRunARule() {
        RuleInfo data = RuleInfo.of(new Written("D", Map.of("id", "DATA-001", "severity", "ERROR", "phase", "data")));
        RuleInfo check = RuleInfo.of(new Written("C", Map.of("id", "REP-001", "severity", "ERROR")));
        RuleInfo meeting = RuleInfo.of(new Written("M", Map.of("id", "MEET-001", "severity", "ERROR",
                "phase", "meeting")));

        assertEquals(RuleInfo.CHECK, check.phase(), "check is the default");
        assertTrue(data.inCheck() && data.inValidate());
        assertTrue(check.inCheck() && !check.inValidate());
        assertFalse(meeting.inCheck() || meeting.inValidate());
        InputException e = assertThrows(InputException.class, () -> RuleInfo.of(
                new Written("Bad", Map.of("id", "X-001", "severity", "INFO", "phase", "\"later\""))));
        assertEquals("rule \"Bad\": @phase must be data, check or meeting, not \"later\"", e.getMessage());
    }

    @Test
    void rulesSortByFamilyInCatalogueOrderThenById() {
        List<RuleInfo> rules = new ArrayList<>();
        for (String id : List.of("X-001", "MEET-001", "REP-002", "DATA-002", "REP-001", "ABC-001", "CHAIR-001")) {
            rules.add(new RuleInfo(id, Severity.INFO, id, "p"));
        }
        rules.sort(RuleInfo.CATALOGUE_ORDER);

        assertEquals(List.of("DATA-002", "CHAIR-001", "REP-001", "REP-002", "MEET-001", "ABC-001", "X-001"),
                rules.stream().map(RuleInfo::id).toList());
        assertEquals("REP", rules.get(2).family());
        assertEquals("LOCAL", new RuleInfo("LOCAL", Severity.INFO, "n", "p").family(), "an id without a dash");
    }
}
