package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.network.NetworkReport.AreaGaps;
import fi.perhekeskus.pkcheck.network.NetworkReport.Broker;
import fi.perhekeskus.pkcheck.network.NetworkReport.Components;
import fi.perhekeskus.pkcheck.network.NetworkReport.GroupStanding;
import fi.perhekeskus.pkcheck.network.NetworkReport.OrganisationPair;
import fi.perhekeskus.pkcheck.network.NetworkReport.Standing;
import fi.perhekeskus.pkcheck.network.NetworkReport.SupportGroup;
import fi.perhekeskus.pkcheck.network.NetworkReport.TypePair;
import fi.perhekeskus.pkcheck.network.NetworkReport.WeakLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Answers the network-map pilot's questions (seed 004) with network measures: centrality of organisations,
 * people and groups, brokers between tiers, groups that hang on one person, components, and per area the
 * actors that share no group. Ties are always broken by id, so the same network gives the same report.
 */
public final class NetworkAnalysis {

    /** The best group first: most between others, then closest to all, then most linked, then by id. */
    static final Comparator<GroupStanding> SUPPORT = Comparator
            .comparingDouble(GroupStanding::betweenness).reversed()
            .thenComparing(Comparator.comparingDouble(GroupStanding::closeness).reversed())
            .thenComparing(Comparator.comparingInt(GroupStanding::linkedGroups).reversed())
            .thenComparing(GroupStanding::id);

    private static final Comparator<Standing> STANDING = Comparator
            .comparingDouble(Standing::betweenness).reversed()
            .thenComparing(Comparator.comparingInt(Standing::degree).reversed())
            .thenComparing(Standing::key);

    private final NetworkGraph graph;

    private NetworkAnalysis(NetworkGraph graph) {
        this.graph = graph;
    }

    /** Analyses {@code graph}. */
    public static NetworkReport analyse(NetworkGraph graph) {
        return new NetworkAnalysis(graph).run();
    }

    private NetworkReport run() {
        List<GroupStanding> groups = groups();
        Map<String, Double> personBetweenness = graph.personHubs().scores(Hubs.Side.MEMBERS).betweenness();
        Hubs organisations = graph.organisationHubs();
        return new NetworkReport(graph.regionName(), graph.date(), counts(), support(groups),
                standings(NodeKind.ORGANISATION, organisations, organisations.scores(Hubs.Side.MEMBERS).betweenness()),
                standings(NodeKind.PERSON, graph.personHubs(), personBetweenness),
                groups, brokers(personBetweenness), weakLinks(), components(), areas());
    }

    private NetworkReport.Counts counts() {
        int seats = (int) graph.seats().stream().filter(s -> !s.deputy()).count();
        return new NetworkReport.Counts(graph.nodes(NodeKind.PERSON).size(), graph.nodes(NodeKind.ORGANISATION).size(),
                graph.nodes(NodeKind.GROUP).size(), seats, graph.seats().size() - seats);
    }

    private List<Standing> standings(NodeKind kind, Hubs hubs, Map<String, Double> betweenness) {
        List<Standing> result = new ArrayList<>();
        Map<String, Integer> degree = hubs.degree(Hubs.Side.MEMBERS);
        Map<String, Integer> strength = hubs.strength(Hubs.Side.MEMBERS);
        for (Map.Entry<String, Integer> e : degree.entrySet()) {
            String v = e.getKey();
            MapNode node = graph.node(kind, v);
            result.add(new Standing(v, node == null ? v : node.label(), node == null ? null : node.orgType(),
                    e.getValue(), strength.get(v), betweenness.getOrDefault(v, 0.0)));
        }
        result.sort(STANDING);
        return List.copyOf(result);
    }

    private List<GroupStanding> groups() {
        Hubs hubs = graph.personHubs();
        Hubs.Scores scores = hubs.scores(Hubs.Side.GROUPS);
        Map<String, Double> betweenness = scores.betweenness();
        Map<String, Double> closeness = scores.closeness();
        Map<String, Integer> linked = hubs.degree(Hubs.Side.GROUPS);
        Map<String, Set<String>> members = graph.holders();
        Map<String, Set<String>> groupsOf = graph.held();
        List<GroupStanding> result = new ArrayList<>();
        for (GroupFact g : graph.groups().values()) {
            Set<String> own = members.getOrDefault(g.id(), Set.of());
            int shared = (int) own.stream().filter(p -> groupsOf.get(p).size() > 1).count();
            result.add(new GroupStanding(g.id(), g.name() == null ? g.id() : g.name(), g.tier(),
                    List.copyOf(new TreeSet<>(g.areas())), own.size(), linked.getOrDefault(g.id(), 0), shared,
                    linksAbove(g), betweenness.getOrDefault(g.id(), 0.0), closeness.getOrDefault(g.id(), 0.0)));
        }
        result.sort(SUPPORT);
        return List.copyOf(result);
    }

    /** How many seat-holders tie {@code g} to the tier above (NET-002), null where no group lies above it. */
    private Integer linksAbove(GroupFact g) {
        List<GroupFact> uppers = graph.groupsAbove(g);
        return uppers.isEmpty() ? null : graph.linksAbove(g, uppers).size();
    }

    private List<SupportGroup> support(List<GroupStanding> groups) {
        List<SupportGroup> result = new ArrayList<>();
        if (!groups.isEmpty()) {
            result.add(new SupportGroup(null, groups.get(0).id()));
        }
        for (String area : graph.areaNames().keySet()) {
            groups.stream().filter(g -> g.areas().contains(area)).findFirst()
                    .ifPresent(g -> result.add(new SupportGroup(area, g.id())));
        }
        return List.copyOf(result);
    }

    private List<Broker> brokers(Map<String, Double> betweenness) {
        List<Broker> result = new ArrayList<>();
        graph.held().forEach((person, groups) -> {
            Set<Tier> ts = EnumSet.noneOf(Tier.class);
            groups.stream().map(g -> graph.groups().get(g).tier()).filter(java.util.Objects::nonNull).forEach(ts::add);
            if (ts.size() >= 2) {
                result.add(new Broker(person, graph.node(NodeKind.PERSON, person).label(), List.copyOf(ts),
                        List.copyOf(groups), betweenness.getOrDefault(person, 0.0)));
            }
        });
        result.sort(Comparator.comparingInt((Broker b) -> b.tiers().size()).reversed()
                .thenComparing(Comparator.comparingDouble(Broker::betweenness).reversed())
                .thenComparing(Broker::key));
        return List.copyOf(result);
    }

    /** Groups tied to the tier above by one seat-holder only, or by none (cut off). */
    private List<WeakLink> weakLinks() {
        List<WeakLink> result = new ArrayList<>();
        for (GroupFact g : graph.groups().values()) {
            List<GroupFact> uppers = graph.groupsAbove(g);
            if (uppers.isEmpty()) {
                continue;
            }
            Set<String> shared = graph.linksAbove(g, uppers);
            if (shared.size() <= 1) {
                String person = shared.isEmpty() ? null : shared.iterator().next();
                result.add(new WeakLink(g.id(), g.name() == null ? g.id() : g.name(), g.tier(), uppers.get(0).tier(),
                        person, person == null ? null : graph.node(NodeKind.PERSON, person).label()));
            }
        }
        result.sort(Comparator.comparing((WeakLink w) -> w.person() == null ? 0 : 1).thenComparing(WeakLink::group));
        return List.copyOf(result);
    }

    private Components components() {
        List<List<String>> connected = new ArrayList<>();
        List<String> isolated = new ArrayList<>();
        for (List<String> sorted : graph.organisationHubs().components(Hubs.Side.MEMBERS)) {
            if (sorted.size() == 1) {
                isolated.add(sorted.get(0));
            } else {
                connected.add(List.copyOf(sorted));
            }
        }
        connected.sort(Comparator.comparingInt((List<String> c) -> c.size()).reversed()
                .thenComparing(c -> c.get(0)));
        isolated.sort(Comparator.naturalOrder());
        List<String> unseated = graph.organisations().stream().filter(o -> !graph.represented().containsKey(o))
                .toList();
        return new Components(List.copyOf(connected), List.copyOf(isolated), unseated);
    }

    private List<AreaGaps> areas() {
        List<AreaGaps> result = new ArrayList<>();
        Hubs hubs = graph.organisationHubs();
        List<MapNode> all = graph.nodes(NodeKind.ORGANISATION);
        Map<String, Set<OrganisationType>> typesByGroup = new TreeMap<>();
        for (Seat s : graph.seats()) {
            if (!s.deputy() && s.organisation() != null) {
                OrganisationType type = graph.node(NodeKind.ORGANISATION, s.organisation()).orgType();
                Set<OrganisationType> types = typesByGroup.computeIfAbsent(s.group(),
                        k -> EnumSet.noneOf(OrganisationType.class));
                if (type != null) {
                    types.add(type);
                }
            }
        }
        for (Map.Entry<String, String> area : graph.areaNames().entrySet()) {
            List<MapNode> organisations = all.stream().filter(n -> n.areas().contains(area.getKey())).toList();
            List<Set<OrganisationType>> groupTypes = typesByGroup.entrySet().stream()
                    .filter(e -> graph.groups().get(e.getKey()).areas().contains(area.getKey()))
                    .map(Map.Entry::getValue).toList();
            result.add(new AreaGaps(area.getKey(), area.getValue(), typePairs(organisations, groupTypes),
                    organisationPairs(organisations, hubs)));
        }
        return List.copyOf(result);
    }

    /** Pairs of the area's organisation types that meet in none of the area's groups. */
    private static List<TypePair> typePairs(List<MapNode> organisations, List<Set<OrganisationType>> groupTypes) {
        Set<OrganisationType> present = EnumSet.noneOf(OrganisationType.class);
        organisations.stream().map(MapNode::orgType).filter(java.util.Objects::nonNull).forEach(present::add);
        List<OrganisationType> types = List.copyOf(present);
        List<TypePair> result = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            for (int j = i + 1; j < types.size(); j++) {
                OrganisationType a = types.get(i);
                OrganisationType b = types.get(j);
                if (groupTypes.stream().noneMatch(ts -> ts.contains(a) && ts.contains(b))) {
                    result.add(new TypePair(a, b));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Organisations serving a common municipality that share no group: the nearest "bring closer" pairs. Only
     * organisations of a common municipality are compared, and one breadth-first search per organisation that
     * has such a pair gives the steps between them.
     */
    private List<OrganisationPair> organisationPairs(List<MapNode> organisations, Hubs hubs) {
        List<OrganisationPair> result = new ArrayList<>();
        Map<String, Integer> index = new java.util.HashMap<>();
        Map<String, List<Integer>> byMunicipality = new java.util.HashMap<>();
        for (int i = 0; i < organisations.size(); i++) {
            index.put(organisations.get(i).key(), i);
            for (String code : graph.organisationMunicipalities().getOrDefault(organisations.get(i).key(), Set.of())) {
                byMunicipality.computeIfAbsent(code, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> component = new java.util.HashMap<>();
        List<List<String>> components = hubs.components(Hubs.Side.MEMBERS);
        for (int c = 0; c < components.size(); c++) {
            for (String o : components.get(c)) {
                component.put(o, c);
            }
        }
        int[] tied = new int[organisations.size()];
        int[] seen = new int[organisations.size()];
        java.util.Arrays.fill(tied, -1);
        java.util.Arrays.fill(seen, -1);
        for (int i = 0; i < organisations.size(); i++) {
            MapNode a = organisations.get(i);
            Set<String> own = graph.organisationMunicipalities().getOrDefault(a.key(), Set.of());
            for (String g : hubs.neighbours(Hubs.Side.MEMBERS, a.key())) {
                for (String o : hubs.neighbours(Hubs.Side.GROUPS, g)) {
                    Integer t = index.get(o);
                    if (t != null) {
                        tied[t] = i;
                    }
                }
            }
            List<Integer> candidates = new ArrayList<>();
            for (String code : own) {
                for (int j : byMunicipality.get(code)) {
                    if (j > i && seen[j] != i && tied[j] != i) {
                        seen[j] = i;
                        candidates.add(j);
                    }
                }
            }
            candidates.sort(null);
            Set<String> reachable = new java.util.HashSet<>();
            for (int j : candidates) {
                String b = organisations.get(j).key();
                if (component.get(b).equals(component.get(a.key()))) {
                    reachable.add(b);
                }
            }
            Map<String, Integer> steps = reachable.isEmpty() ? Map.of() : hubs.steps(Hubs.Side.MEMBERS, a.key(), reachable);
            for (int j : candidates) {
                MapNode b = organisations.get(j);
                Set<String> common = new TreeSet<>(own);
                common.retainAll(graph.organisationMunicipalities().get(b.key()));
                result.add(new OrganisationPair(a.key(), a.label(), b.key(), b.label(),
                        common.stream().map(c -> graph.municipalityNames().getOrDefault(c, c)).toList(),
                        steps.get(b.key())));
            }
        }
        result.sort(Comparator.comparing((OrganisationPair p) -> p.distance() == null ? Integer.MAX_VALUE : p.distance())
                .reversed().thenComparing(OrganisationPair::first).thenComparing(OrganisationPair::second));
        return List.copyOf(result);
    }
}
