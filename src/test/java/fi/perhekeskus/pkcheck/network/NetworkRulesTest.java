package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.model.TierDemands;
import fi.perhekeskus.pkcheck.report.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NET rules and the network analysis read one graph: on the sample regions and on generated networks,
 * the people NET-001 names are the map's people over the limit, the groups NET-002 names are the groups the
 * analysis shows cut off from the tier above (where the model asks for the link), and the organisations
 * NET-003 names are the analysis's organisations without a seat.
 */
class NetworkRulesTest {

    /** The NET rules that fired on some network: each must, or the comparison proves little. */
    private static final Set<String> FIRED = new TreeSet<>();

    @TempDir
    static Path temp;

    @AfterAll
    static void everyRuleWasCompared() {
        assertEquals(Set.of("NET-001", "NET-002", "NET-003"), FIRED);
    }

    static Stream<Arguments> networks() {
        return networks(temp, NetworkGenerator.Config.of("pirkanmaa", 900, 21).withDefects(0.1),
                NetworkGenerator.Config.of(NetworkGenerator.SYNTHETIC, 900, 22).withDefects(0.1).withShape(30, 6));
    }

    /** The sample regions on their check date, then a network generated into {@code temp} per config. */
    static Stream<Arguments> networks(Path temp, NetworkGenerator.Config... configs) {
        Stream<Arguments> samples = Stream.of("pirkanmaa", "kanta-hame", "pohjois-karjala")
                .map(region -> Arguments.of(region, Path.of("sample-data", region), LocalDate.of(2024, 3, 1)));
        Stream<Arguments> generated = Stream.of(configs)
                .map(config -> {
                    NetworkGenerator.Result result = NetworkGenerator.generate(config,
                            temp.resolve(config.model() + "-" + config.seed()));
                    return Arguments.of(config.model() + " generated", result.dataDir(), result.checkDate());
                });
        return Stream.concat(samples, generated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void rulesAndAnalysisAgree(String name, Path data, LocalDate date) {
        Facts facts = BenchFacts.load(data, date);
        List<Finding> findings = new Checker(RuleBase.build(List.of())).check(facts, id -> id.startsWith("NET-"));
        NetworkGraph graph = NetworkBuilder.build(facts, PersonNaming.ids());
        NetworkReport report = NetworkAnalysis.analyse(graph);

        int limit = facts.model().limits().maxGroupsPerPerson();
        Set<String> people = facts.all().stream().filter(f -> f instanceof fi.perhekeskus.pkcheck.model.Person)
                .map(f -> ((fi.perhekeskus.pkcheck.model.Person) f).id()).collect(Collectors.toSet());
        Set<String> overloaded = new TreeSet<>();
        graph.held().forEach((person, groups) -> {
            if (groups.size() > limit && people.contains(person)) {
                overloaded.add(person);
            }
        });
        assertEquals(overloaded, subjects(findings, "NET-001"), name + ": NET-001");

        Set<String> linked = fi.perhekeskus.pkcheck.model.TierDemands.of(facts.model()).stream().filter(TierDemands::linkToAbove).map(t -> t.tier().name())
                .collect(Collectors.toSet());
        Set<String> cutOff = report.weakLinks().stream()
                .filter(w -> w.person() == null && linked.contains(w.tier().name()))
                .map(NetworkReport.WeakLink::group).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(cutOff, subjects(findings, "NET-002"), name + ": NET-002");

        assertEquals(new TreeSet<>(report.components().unseated()), subjects(findings, "NET-003"), name + ": NET-003");
        findings.forEach(f -> FIRED.add(f.rule()));
    }

    private static Set<String> subjects(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).map(f -> f.subject().id())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
