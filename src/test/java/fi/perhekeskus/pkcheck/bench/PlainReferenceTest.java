package fi.perhekeskus.pkcheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.engine.Settlement;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.report.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-Java reference and the Drools rules, restricted to the reference's rule ids, make identical
 * findings (rule, severity, subject, details, with multiplicity) on generated networks: a few seeds, small
 * sizes, a seed model and the synthetic one, with a high defect rate so that every rule of the subset fires.
 */
class PlainReferenceTest {

    private static final Set<String> IDS = Set.copyOf(PlainChecker.RULES);
    /** Findings per rule over all cases, to show the generated defects exercise every rule of the subset. */
    private static final Map<String, Integer> FIRED = new TreeMap<>();
    private static int casesRun;

    @TempDir
    static Path temp;

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of(NetworkGenerator.Config.of("pirkanmaa", 1500, 1).withDefects(0.08)),
                Arguments.of(NetworkGenerator.Config.of("pirkanmaa", 4000, 2).withDefects(0.05).withFormat("yaml")),
                Arguments.of(NetworkGenerator.Config.of("kanta-hame", 600, 3).withDefects(0.08)),
                Arguments.of(NetworkGenerator.Config.of("pohjois-karjala", 800, 4).withDefects(0.08)),
                // many areas: many regional groups, whose chair must represent the wellbeing region (CHAIR-003)
                Arguments.of(NetworkGenerator.Config.of(NetworkGenerator.SYNTHETIC, 3000, 5).withDefects(0.1)
                        .withShape(120, 40)),
                Arguments.of(NetworkGenerator.Config.of(NetworkGenerator.SYNTHETIC, 5000, 6).withDefects(0.04)
                        .withShape(150, 12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void plainReferenceAgreesWithDrools(NetworkGenerator.Config config) {
        Path out = temp.resolve(config.model() + "-" + config.memberships() + "-" + config.seed());
        NetworkGenerator.Result generated = NetworkGenerator.generate(config, out);
        assertTrue(generated.memberships() >= config.memberships(), "generated " + generated.memberships());
        Facts facts = BenchFacts.load(generated.dataDir(), generated.checkDate());

        List<Finding> drools = new Settlement(facts.model(), List.of(), 0).settle(
                new Checker(RuleBase.build(List.of())).check(facts, IDS::contains), facts.context().checkDate())
                .findings();
        List<Finding> plain = new PlainChecker().check(facts);

        String expected = keys(drools);
        String actual = keys(plain);
        assertEquals(expected, actual, "plain reference vs Drools on " + out);
        plain.forEach(f -> FIRED.merge(f.rule(), 1, Integer::sum));
        casesRun++;
    }

    /** A generated network is well-formed: no DATA finding at all, whatever its defects. */
    @Test
    void generatedDataIsWellFormed() {
        Path out = temp.resolve("wellformed");
        NetworkGenerator.Result generated = NetworkGenerator.generate(
                NetworkGenerator.Config.of(NetworkGenerator.SYNTHETIC, 2000, 7).withDefects(0.1).withFormat("yaml"), out);
        Facts facts = BenchFacts.load(generated.dataDir(), generated.checkDate());
        List<Finding> data = new Checker(RuleBase.build(List.of())).check(facts, id -> id.startsWith("DATA-"));
        assertEquals("", keys(data));
    }

    /** The same seed writes the same bytes. */
    @Test
    void generationIsDeterministic() throws Exception {
        NetworkGenerator.Config config = NetworkGenerator.Config.of(NetworkGenerator.SYNTHETIC, 1200, 11);
        NetworkGenerator.generate(config, temp.resolve("a"));
        NetworkGenerator.generate(config, temp.resolve("b"));
        for (String file : List.of("model.yaml", "manifest.json", "data/network.json", "data/groups-0001.json",
                "data/people.json")) {
            assertEquals(java.nio.file.Files.readString(temp.resolve("a").resolve(file)),
                    java.nio.file.Files.readString(temp.resolve("b").resolve(file)), file);
        }
    }

    @AfterAll
    static void everyRuleOfTheSubsetFired() {
        if (casesRun < networks().count()) {
            return; // only some of the cases ran
        }
        Set<String> silent = new TreeSet<>(IDS);
        silent.removeAll(FIRED.keySet());
        assertEquals(Set.of(), silent, "rules of the subset that no generated network exercised; fired: " + FIRED);
    }

    private static String keys(List<Finding> findings) {
        return findings.stream().map(BenchFacts::key).sorted().collect(Collectors.joining("\n"));
    }
}
