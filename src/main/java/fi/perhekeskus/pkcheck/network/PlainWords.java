package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.network.NetworkReport.GroupStanding;
import fi.perhekeskus.pkcheck.network.NetworkReport.Standing;
import fi.perhekeskus.pkcheck.render.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures of a node said in plain words for a steering group ("links the tiers", "the only link to the
 * area's group", "one of the most central groups"); the numbers behind them stay on the map on demand.
 * "Most central" is the top tenth of a kind by betweenness (at least the first), never a node with none.
 */
final class PlainWords {

    private final NetworkGraph graph;
    private final NetworkReport report;
    private final Messages m;
    private final MapWords words;
    private final Set<String> centralPeople;
    private final Set<String> centralOrganisations;
    private final Set<String> centralGroups;
    private final Map<String, GroupStanding> groups = new HashMap<>();
    private final Map<String, Integer> degree = new HashMap<>();

    PlainWords(NetworkGraph graph, NetworkReport report, Messages m, MapWords words) {
        this.graph = graph;
        this.report = report;
        this.m = m;
        this.words = words;
        this.centralPeople = top(report.people().stream().map(s -> new Ranked(s.key(), s.betweenness())).toList());
        this.centralOrganisations = top(report.organisations().stream()
                .map(s -> new Ranked(s.key(), s.betweenness())).toList());
        this.centralGroups = top(report.groups().stream().map(g -> new Ranked(g.id(), g.betweenness())).toList());
        report.groups().forEach(g -> groups.put(g.id(), g));
        report.people().forEach(s -> degree.put(MapNode.id(NodeKind.PERSON, s.key()), s.degree()));
        report.organisations().forEach(s -> degree.put(MapNode.id(NodeKind.ORGANISATION, s.key()), s.degree()));
    }

    private record Ranked(String key, double score) {
    }

    /** The first tenth of {@code sorted} (best first), at least one, leaving out any with a score of 0. */
    private static Set<String> top(List<Ranked> sorted) {
        Set<String> result = new HashSet<>();
        int n = Math.max(1, sorted.size() / 10);
        sorted.stream().limit(n).filter(r -> r.score() > 0).forEach(r -> result.add(r.key()));
        return result;
    }

    /** What the measures say about {@code n}, most telling first. */
    List<String> of(MapNode n) {
        return switch (n.kind()) {
            case PERSON -> person(n);
            case ORGANISATION -> organisation(n);
            case GROUP -> group(n);
        };
    }

    private List<String> person(MapNode n) {
        List<String> says = new ArrayList<>();
        report.weakLinks().stream().filter(w -> n.key().equals(w.person()))
                .forEach(w -> says.add(words.get("person.onlyLink." + w.above().name(), w.name())));
        report.brokers().stream().filter(b -> b.key().equals(n.key())).findFirst()
                .ifPresent(b -> says.add(words.get("person.broker",
                        String.join(", ", b.tiers().stream().map(m::text).toList()))));
        if (centralPeople.contains(n.key())) {
            says.add(words.get("central.person"));
        }
        int groupsHeld = graph.held().getOrDefault(n.key(), Set.of()).size();
        if (groupsHeld > 0) {
            says.add(words.get("person.meets", degree.getOrDefault(n.id(), 0), groupsHeld));
        }
        return says;
    }

    private List<String> organisation(MapNode n) {
        List<String> says = new ArrayList<>();
        int in = graph.represented().getOrDefault(n.key(), Set.of()).size();
        if (in == 0) {
            says.add(words.get("org.none"));
            return says;
        }
        if (centralOrganisations.contains(n.key())) {
            says.add(words.get("central.organisation"));
        }
        says.add(words.get("org.groups", in));
        int others = degree.getOrDefault(n.id(), 0);
        says.add(others == 0 ? words.get("org.alone") : words.get("org.meets", others));
        return says;
    }

    private List<String> group(MapNode n) {
        List<String> says = new ArrayList<>();
        GroupStanding g = groups.get(n.key());
        if (g == null) {
            return says;
        }
        report.support().stream().filter(s -> s.group().equals(g.id())).forEach(s -> says.add(s.area() == null
                ? words.get("group.best") : words.get("group.bestArea", graph.areaNames().getOrDefault(s.area(), s.area()))));
        if (linksTiers(g)) {
            says.add(words.get("group.linksTiers"));
        }
        if (centralGroups.contains(g.id())) {
            says.add(words.get("central.group"));
        }
        GroupFact fact = graph.groups().get(g.id());
        List<GroupFact> above = graph.groupsAbove(fact);
        if (g.linksAbove() != null && !above.isEmpty()) {
            String tier = above.get(0).tier().name();
            if (g.linksAbove() == 0) {
                says.add(words.get("group.above.none." + tier));
            } else if (g.linksAbove() == 1) {
                String person = graph.linksAbove(fact, above).iterator().next();
                MapNode p = graph.node(NodeKind.PERSON, person);
                says.add(words.get("group.above.one." + tier, p == null ? person : p.label()));
            } else {
                says.add(words.get("group.above.many." + tier, g.linksAbove()));
            }
        }
        says.add(g.linkedGroups() == 0 ? words.get("group.linkedNone") : words.get("group.linked", g.linkedGroups()));
        return says;
    }

    /** Whether the group shares members with groups both above and below its own tier. */
    private boolean linksTiers(GroupStanding g) {
        if (g.tier() == null) {
            return false;
        }
        Set<Tier> linked = EnumSet.noneOf(Tier.class);
        for (String person : graph.holders().getOrDefault(g.id(), Set.of())) {
            for (String other : graph.held().getOrDefault(person, Set.of())) {
                Tier t = graph.groups().get(other).tier();
                if (t != null && !other.equals(g.id())) {
                    linked.add(t);
                }
            }
        }
        return linked.stream().anyMatch(t -> t.ordinal() < g.tier().ordinal())
                && linked.stream().anyMatch(t -> t.ordinal() > g.tier().ordinal());
    }
}
