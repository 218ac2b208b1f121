package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.perhekeskus.pkcheck.facts.CheckContext;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.report.Finding;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * A check over a small user rule package, compiled alone (without the built-in rules) so it is quick: the rule
 * filter, the firing limit that stops a rule which fires too often, a consequence that fails, the order of the
 * findings, and which facts a session gets.
 */
class CheckerFiringTest {

    private static final String FILE = "user/notes.drl";
    private static final String DRL = "package pkcheck.rules.usertest;\n"
            + "import fi.perhekeskus.pkcheck.engine.Emit;\n"
            + "import java.util.concurrent.atomic.AtomicInteger;\n"
            + "rule \"Every long text is noted\"\n    @id(\"X-010\") @severity(\"INFO\")\n"
            + "when\n    $s : String(length > 1)\nthen\n"
            + "    insert(Emit.finding(kcontext).subject(\"text\", $s).build());\nend\n"
            + "rule \"Every counter counts\"\n    @id(\"X-011\") @severity(\"INFO\")\n"
            + "when\n    $n : AtomicInteger()\nthen\n    $n.incrementAndGet();\nend\n"
            + "rule \"A negative number fails\"\n    @id(\"X-012\") @severity(\"INFO\")\n"
            + "when\n    $i : Integer(this < 0)\nthen\n"
            + "    throw $i == -1 ? new IllegalStateException(\"no way\") : new IllegalStateException();\nend\n";

    private static RuleBase rules;

    @BeforeAll
    static void compile() {
        rules = RuleBase.compile(Map.of(FILE, DRL.getBytes(StandardCharsets.UTF_8)));
    }

    private static Facts facts(Object... all) {
        return new Facts(null, new CheckContext(LocalDate.of(2024, 3, 1), null, "R", "Region", false),
                List.of(all), Map.of());
    }

    private static List<Finding> check(Facts facts, String rule, long maxFirings) {
        return new Checker(rules, true).check(facts, rule::equals, maxFirings);
    }

    @Test
    void onlyTheChosenRulesFireAndTheirFindingsComeSorted() {
        Facts facts = facts("cc", "aa", "x", "bb");

        List<Finding> found = new Checker(rules, true).check(facts, "X-010"::equals);

        assertEquals(List.of("aa", "bb", "cc"), found.stream().map(f -> f.subject().id()).toList());
        assertEquals(List.of(), new Checker(rules, true).check(facts, id -> false), "no rule chosen, none fires");
    }

    @Test
    void aFindingMadeTwiceIsListedOnceByCheckAndTwiceByRun() {
        Facts facts = facts(new String("aa"), new String("aa"), "bb");

        Checker.Run run = new Checker(rules, true).run(facts, info -> info.id().equals("X-010"), 10);
        List<Finding> found = new Checker(rules, true).check(facts, "X-010"::equals);

        assertEquals(List.of("aa", "aa", "bb"), run.findings().stream().map(f -> f.subject().id()).sorted().toList());
        assertEquals(List.of("aa", "bb"), found.stream().map(f -> f.subject().id()).toList());
    }

    @Test
    void aRuleMayFireExactlyAsOftenAsTheLimit() {
        List<AtomicInteger> counters = List.of(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());

        check(facts(counters.toArray()), "X-011", 3);

        assertEquals(List.of(1, 1, 1), counters.stream().map(AtomicInteger::get).toList());
    }

    @Test
    void aRuleThatFiresMoreOftenThanTheLimitIsStoppedAndNamed() {
        List<AtomicInteger> counters = List.of(new AtomicInteger(), new AtomicInteger(), new AtomicInteger(),
                new AtomicInteger(), new AtomicInteger());

        InputException e = assertThrows(InputException.class, () -> check(facts(counters.toArray()), "X-011", 2));

        assertEquals(FILE + ": rule \"Every counter counts\" (X-011) fired more than 2 times and was stopped: it may "
                + "re-activate itself; raise the limit with --max-firings N", e.getMessage());
        assertEquals(3, counters.stream().mapToInt(AtomicInteger::get).sum(),
                "the session stops at the firing that passes the limit");
    }

    @Test
    void aConsequenceThatFailsNamesTheRuleAndWhy() {
        InputException withMessage = assertThrows(InputException.class,
                () -> check(facts(-1), "X-012", Checker.DEFAULT_MAX_FIRINGS));
        assertEquals(FILE + ": rule \"A negative number fails\" (X-012) failed: IllegalStateException: no way",
                withMessage.getMessage());

        InputException without = assertThrows(InputException.class,
                () -> check(facts(-2), "X-012", Checker.DEFAULT_MAX_FIRINGS));
        assertEquals(FILE + ": rule \"A negative number fails\" (X-012) failed: IllegalStateException",
                without.getMessage());
    }

    @Test
    void aSessionGetsOnlyTheFactsAPatternCanMatch() {
        Facts facts = facts("a", "bb", 1, -1, 2.5);

        KieSession gated = Checker.open(rules.kieBase(), facts, List.of("ccc", "d"));
        KieSession all = Checker.open(rules.kieBase(), facts, List.of("ccc", "d"), false);
        try {
            assertEquals(3, gated.getFactCount(), "\"bb\", -1 and the network fact \"ccc\"");
            assertEquals(7, all.getFactCount());
        } finally {
            gated.dispose();
            all.dispose();
        }
    }

    @Test
    void theContextIsSetOnlyWhereTheRulesDeclareIt() {
        RuleBase withGlobal = RuleBase.compile(Map.of("user/context.drl", ("package pkcheck.rules.usertest2;\n"
                + "global fi.perhekeskus.pkcheck.facts.CheckContext context;\n"
                + "rule \"Dated\"\n    @id(\"X-013\") @severity(\"INFO\")\nwhen\n    String()\nthen\nend\n")
                .getBytes(StandardCharsets.UTF_8)));
        Facts facts = facts("a");

        KieSession declared = Checker.open(withGlobal.kieBase(), facts, List.of());
        KieSession undeclared = Checker.open(rules.kieBase(), facts, List.of());
        try {
            assertSame(facts.context(), declared.getGlobal(Checker.CONTEXT));
            assertEquals(0, undeclared.getFactCount(), "\"a\" is too short for the only String pattern");
        } finally {
            declared.dispose();
            undeclared.dispose();
        }
    }
}
