package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network measures have a bounded cost whatever the shape: one group of 2,000 members (two million ties as
 * a clique) is analysed and drawn well within a generous limit, and above the work budget betweenness is an
 * estimate from a fixed sample of sources that repeats exactly. Not a timing benchmark: the limit only stops
 * a run that would take minutes.
 */
class NetworkCostTest {

    @TempDir
    Path dir;

    @Test
    void oneGroupOfTwoThousandMembers() {
        StringBuilder yaml = new StringBuilder("organisations:\n");
        for (int i = 0; i < 2000; i++) {
            yaml.append("  - { id: o").append(i).append(", type: NGO, name: Org ").append(i)
                    .append(", municipalities: [\"536\"] }\n");
        }
        yaml.append("people:\n");
        for (int i = 0; i < 2000; i++) {
            yaml.append("  - { id: p").append(i).append(", name: P").append(i).append(", organisation: o").append(i)
                    .append(" }\n");
        }
        yaml.append("groups:\n  - id: big\n    name: Big\n    tier: LOCAL\n    municipalities: [\"536\"]\n    members:\n");
        for (int i = 0; i < 2000; i++) {
            yaml.append("      - { person: p").append(i).append(" }\n");
        }
        NetworkGraph graph = SmallNetworks.build(dir, yaml.toString());
        NetworkReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            NetworkReport r = NetworkAnalysis.analyse(graph);
            StringWriter html = new StringWriter();
            new NetworkHtml().write(graph, r, new Messages(Language.fi), html);
            assertTrue(html.toString().contains("p1999"));
            return r;
        });
        assertEquals(2000, report.people().size());
        NetworkReport.Standing first = report.people().get(0);
        assertEquals(1999, first.degree(), "everyone shares the group with everyone else");
        assertEquals(1999, first.strength());
        assertEquals(0.0, first.betweenness(), "no one lies between two others who share the group");
        assertEquals(1, report.components().connected().size());
        assertEquals(2000, report.components().connected().get(0).size());
        assertEquals(List.of(), report.areas().get(0).pairs(), "every two organisations share the group");
    }

    /** A path of groups long enough that a small budget forces a sample; the estimate repeats exactly. */
    @Test
    void aboveTheBudgetBetweennessIsASampledEstimateThatRepeats() {
        Set<String> people = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String g = String.format("g%03d", i);
            groups.add(g);
            for (String p : List.of(String.format("p%03d", i), String.format("p%03d", i + 1))) {
                people.add(p);
                seats.add(new Seat(p, g, null, null, false));
            }
        }
        Hubs exact = Hubs.of(people, groups, seats, Seat::person);
        Hubs.Scores full = exact.scores(Hubs.Side.MEMBERS);
        assertFalse(full.sampled());
        // In a path of 201 people the middle one lies between 100 × 100 of the 200 × 199 / 2 pairs of others.
        assertEquals(Centrality.round(100.0 * 100 / (200 * 199 / 2.0)), full.betweenness().get("p100"));

        Hubs small = Hubs.of(people, groups, seats, Seat::person, 20_000);
        Hubs.Scores estimate = small.scores(Hubs.Side.MEMBERS);
        assertTrue(estimate.sampled());
        assertEquals(Hubs.MIN_SAMPLE, estimate.sources());
        assertEquals(estimate, Hubs.of(people, groups, seats, Seat::person, 20_000).scores(Hubs.Side.MEMBERS),
                "the same sample every run");
        double middle = estimate.betweenness().get("p100");
        assertTrue(middle > 0.3 && middle < 0.7, "an estimate near the exact 0.5025: " + middle);
        assertEquals(0.0, estimate.betweenness().get("p000"), "an end of the path lies between no one");
        // Closeness of the groups is estimated from the same kind of sample: between 0 and 1, and repeatable.
        Hubs.Scores groupScores = small.scores(Hubs.Side.GROUPS);
        assertTrue(groupScores.sampled());
        assertTrue(groupScores.closeness().values().stream().allMatch(c -> c > 0 && c <= 1), groupScores.toString());
        assertEquals(groupScores, small.scores(Hubs.Side.GROUPS));
    }
}
