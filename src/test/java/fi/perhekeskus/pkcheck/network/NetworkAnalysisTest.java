package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.perhekeskus.pkcheck.model.Tier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measures on networks small enough to work out by hand. */
class NetworkAnalysisTest {

    @TempDir
    Path dir;

    /** Groups g1 - g2 - g3 in a path: a sits in g1 and g2, b in g2 and g3. */
    @Test
    void pathOfGroups() {
        NetworkGraph graph = SmallNetworks.build(dir, SmallNetworks.people() + "groups:\n"
                + SmallNetworks.local("g1", "a", "c") + SmallNetworks.local("g2", "a", "b")
                + SmallNetworks.local("g3", "b", "d"));
        // The only pair of other groups, g1 and g3, is joined through g2.
        Hubs.Scores groups = graph.personHubs().scores(Hubs.Side.GROUPS);
        assertEquals(Map.of("g1", 0.0, "g2", 1.0, "g3", 0.0), groups.betweenness(), "1 of the 1 pair of others");
        Map<String, Double> closeness = groups.closeness();
        assertEquals(1.0, closeness.get("g2"));
        assertEquals(0.75, closeness.get("g1"), "(1 + 1/2) / 2");
        NetworkReport report = NetworkAnalysis.analyse(graph);
        assertEquals("g2", report.support().get(0).group());
        assertEquals(2, report.groups().get(0).linkedGroups());
        // People: c - a - b - d is a path of four: a and b each lie between two pairs.
        Map<String, Double> people = graph.personHubs().scores(Hubs.Side.MEMBERS).betweenness();
        assertEquals(Map.of("a", Centrality.round(2.0 / 3), "b", Centrality.round(2.0 / 3), "c", 0.0, "d", 0.0), round(people), "2 of the 3 pairs of others");
    }

    private static Map<String, Double> round(Map<String, Double> scores) {
        Map<String, Double> result = new java.util.TreeMap<>();
        scores.forEach((k, v) -> result.put(k, Centrality.round(v)));
        return result;
    }

    /** A star: the hub a shares a group with each of b, c, d, who share none with each other. */
    @Test
    void star() {
        NetworkGraph graph = SmallNetworks.build(dir, SmallNetworks.people() + "groups:\n"
                + SmallNetworks.local("g1", "a", "b") + SmallNetworks.local("g2", "a", "c")
                + SmallNetworks.local("g3", "a", "d"));
        assertEquals(1.0, graph.personHubs().scores(Hubs.Side.MEMBERS).betweenness().get("a"), "the pairs bc, bd, cd");
        NetworkReport report = NetworkAnalysis.analyse(graph);
        NetworkReport.Standing hub = report.people().get(0);
        assertEquals("a", hub.key());
        assertEquals(3, hub.degree());
        assertEquals(1.0, hub.betweenness());
        assertEquals(0.0, report.people().get(1).betweenness());
        // The organisations mirror the people: o1 is the hub of o2, o3, o4.
        assertEquals("o1", report.organisations().get(0).key());
        // Normalised over all ten organisations, the six without a seat included: 3 / (9 * 8 / 2).
        assertEquals(Centrality.round(3.0 / 36), report.organisations().get(0).betweenness());
        // Every group shares a (the hub) with the two others.
        assertEquals(1.0, graph.personHubs().scores(Hubs.Side.GROUPS).closeness().get("g1"));
        // o5..o9 and the municipality hold no seat.
        assertEquals(List.of("nokia", "o5", "o6", "o7", "o8", "o9"), report.components().unseated());
        assertEquals(List.of(List.of("o1", "o2", "o3", "o4")), report.components().connected());
    }

    /** A regional group and a local group below it that share one person: a single point of failure. */
    @Test
    void twoGroupsSharingOnePerson() {
        NetworkGraph graph = SmallNetworks.build(dir, SmallNetworks.people() + "groups:\n"
                + "  - id: r\n    name: Regional\n    tier: REGIONAL\n    area: lansi\n    members:\n"
                + "      - { person: a, role: CHAIR }\n      - { person: b }\n"
                + SmallNetworks.local("l", "a", "c"));
        NetworkReport report = NetworkAnalysis.analyse(graph);
        assertEquals(1, report.weakLinks().size());
        NetworkReport.WeakLink weak = report.weakLinks().get(0);
        assertEquals("l", weak.group());
        assertEquals("a", weak.person());
        assertEquals(Tier.REGIONAL, weak.above());
        assertEquals(1, report.brokers().size());
        assertEquals(List.of(Tier.REGIONAL, Tier.LOCAL), report.brokers().get(0).tiers());
        NetworkReport.GroupStanding regional = report.groups().stream().filter(g -> g.id().equals("r")).findFirst()
                .orElseThrow();
        assertNull(regional.linksAbove(), "nothing is above the regional group in this data");
        assertEquals(1, regional.linkedGroups());
    }

    /** A local group whose members sit nowhere above it is cut off, as NET-002 says. */
    @Test
    void cutOffGroup() {
        NetworkGraph graph = SmallNetworks.build(dir, SmallNetworks.people() + "groups:\n"
                + "  - id: r\n    name: Regional\n    tier: REGIONAL\n    area: lansi\n    members:\n"
                + "      - { person: a, role: CHAIR }\n"
                + SmallNetworks.local("l", "b", "c"));
        NetworkReport report = NetworkAnalysis.analyse(graph);
        assertEquals(1, report.weakLinks().size());
        assertNull(report.weakLinks().get(0).person());
        assertEquals(0, report.groups().stream().filter(g -> g.id().equals("l")).findFirst().orElseThrow()
                .linksAbove());
    }
}
