package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.OrganisationReach;
import fi.perhekeskus.pkcheck.facts.PersonLoad;
import fi.perhekeskus.pkcheck.facts.TierLink;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Tier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The network facts of a check, built straight from the seats, are the facts read off the {@link NetworkGraph}
 * that {@code pkcheck network} draws: on the sample regions and on generated networks with defects (repeated
 * seats, deputies, seats of unknown people and groups), each kind alone and all together. The groups above a
 * group are worked out here the slow way, testing every group of the tier above.
 */
class NetworkFactsTest {

    @TempDir
    static Path temp;

    static Stream<Arguments> networks() {
        return NetworkRulesTest.networks(temp, NetworkGenerator.Config.of("pirkanmaa", 900, 31).withDefects(0.1),
                NetworkGenerator.Config.of("kanta-hame", 900, 32).withDefects(0.1),
                NetworkGenerator.Config.of(NetworkGenerator.SYNTHETIC, 1500, 33).withDefects(0.1).withShape(30, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void theFactsAreTheGraphs(String name, Path data, LocalDate date) {
        Facts facts = BenchFacts.load(data, date);
        List<Object> expected = fromGraph(facts);
        List<Object> actual = NetworkFacts.of(facts);

        assertEquals(new HashSet<>(actual).size(), actual.size(), name + ": a fact twice");
        assertEquals(new HashSet<>(expected), new HashSet<>(actual), name);
        for (Class<?> kind : List.of(PersonLoad.class, TierLink.class, OrganisationReach.class)) {
            List<Object> alone = NetworkFacts.of(facts, kind::equals);
            assertFalse(alone.isEmpty(), name + ": no " + kind.getSimpleName());
            assertTrue(alone.stream().allMatch(kind::isInstance), name + ": only " + kind.getSimpleName());
            assertEquals(expected.stream().filter(kind::isInstance).collect(java.util.stream.Collectors.toSet()),
                    new HashSet<>(alone), name + ": " + kind.getSimpleName());
        }
        assertEquals(List.of(), NetworkFacts.of(facts, kind -> false), name);
    }

    /** What the facts were before they were built from the seats: read off the graph, uppers by brute force. */
    private static List<Object> fromGraph(Facts facts) {
        NetworkGraph graph = NetworkBuilder.build(facts, PersonNaming.ids());
        Map<String, Person> people = new HashMap<>();
        facts.all().stream().filter(Person.class::isInstance).map(Person.class::cast)
                .forEach(p -> people.put(p.id(), p));
        List<Object> result = new ArrayList<>();
        graph.held().forEach((person, groups) -> result.add(
                new PersonLoad(person, people.get(person), List.copyOf(groups))));
        for (GroupFact g : graph.groups().values()) {
            Tier tier = g.tier() == null ? null : graph.above().get(g.tier());
            List<GroupFact> uppers = graph.groups().values().stream()
                    .filter(u -> tier != null && u.tier() == tier && u.isAbove(g))
                    .sorted(Comparator.comparing(GroupFact::id)).toList();
            assertEquals(uppers, graph.groupsAbove(g), g.id());
            if (!uppers.isEmpty()) {
                Set<String> shared = new TreeSet<>();
                Set<String> own = graph.holders().getOrDefault(g.id(), Set.of());
                uppers.forEach(u -> own.stream().filter(graph.holders().getOrDefault(u.id(), Set.of())::contains)
                        .forEach(shared::add));
                result.add(new TierLink(g.id(), tier, uppers.stream().map(GroupFact::id).toList(),
                        List.copyOf(shared)));
            }
        }
        graph.organisations().forEach(o -> result.add(
                new OrganisationReach(o, List.copyOf(graph.represented().getOrDefault(o, Set.of())))));
        return result;
    }
}
