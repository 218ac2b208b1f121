package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.network.NetworkReport.GroupStanding;
import fi.perhekeskus.pkcheck.render.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data block of the interactive map: nodes with their place, colour, filters and the seats and
 * measures shown on a click, in the reader's language; edges of the map plus organisation–group edges
 * shown when people are hidden.
 */
final class MapData {

    private final NetworkGraph graph;
    private final NetworkReport report;
    private final Messages m;
    private final MapWords words;
    private final GroupFindings findings;

    MapData(NetworkGraph graph, NetworkReport report, Messages m, GroupFindings findings) {
        this.graph = graph;
        this.report = report;
        this.m = m;
        this.words = new MapWords(m.language());
        this.findings = findings;
    }

    Map<String, Object> build() {
        Map<String, double[]> at = MapLayout.positions(graph);
        Metrics metrics = Metrics.of(report);
        PlainWords plain = new PlainWords(graph, report, m, words);
        Map<String, GroupStanding> groups = new TreeMap<>();
        report.groups().forEach(g -> groups.put(g.id(), g));
        Map<String, List<String>> seats = new TreeMap<>();
        Map<String, Set<Tier>> tiers = new TreeMap<>();
        for (Seat s : graph.seats()) {
            MapNode group = graph.node(NodeKind.GROUP, s.group());
            MapNode person = graph.node(NodeKind.PERSON, s.person());
            MapNode org = s.organisation() == null ? null : graph.node(NodeKind.ORGANISATION, s.organisation());
            String role = s.deputy() ? m.get("network.map.deputy") : m.text(s.role());
            String orgName = org == null ? "–" : org.label();
            seats.computeIfAbsent(person.id(), k -> new ArrayList<>()).add(m.get("network.map.seat", group.label(), role, orgName));
            seats.computeIfAbsent(group.id(), k -> new ArrayList<>()).add(m.get("network.map.seat", person.label(), role, orgName));
            if (group.tier() != null) {
                tiers.computeIfAbsent(person.id(), k -> EnumSet.noneOf(Tier.class)).add(group.tier());
            }
            if (org != null && !s.deputy()) {
                seats.computeIfAbsent(org.id(), k -> new ArrayList<>()).add(m.get("network.map.seat", group.label(), role,
                        person.label()));
                if (group.tier() != null) {
                    tiers.computeIfAbsent(org.id(), k -> EnumSet.noneOf(Tier.class)).add(group.tier());
                }
            }
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (MapNode n : graph.nodes().values()) {
            Map<String, Object> d = new LinkedHashMap<>();
            double[] xy = at.getOrDefault(n.id(), new double[] {0, 0});
            d.put("id", n.id());
            d.put("kind", n.kind().word());
            d.put("label", n.label());
            d.put("colour", Palette.colour(n));
            double betweenness = metrics.betweenness().getOrDefault(n.id(), 0.0);
            int degree = metrics.degree().getOrDefault(n.id(), 0);
            d.put("x", xy[0]);
            d.put("y", xy[1]);
            d.put("areas", n.areas());
            List<String> nodeTiers = n.kind() == NodeKind.GROUP
                    ? (n.tier() == null ? List.of() : List.of(n.tier().name()))
                    : tiers.getOrDefault(n.id(), Set.of()).stream().map(Tier::name).toList();
            d.put("tiers", nodeTiers);
            d.put("describe", describe(n));
            d.put("says", plain.of(n));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(m.get("network.map.degree." + n.kind().word()), String.valueOf(degree)));
            rows.add(List.of(m.get("network.map.betweenness"), m.decimal(betweenness)));
            GroupStanding g = groups.get(n.key());
            if (n.kind() == NodeKind.GROUP && g != null) {
                rows.add(List.of(m.get("network.map.closeness"), m.decimal(g.closeness())));
                rows.add(List.of(m.get("network.map.linksAbove"),
                        g.linksAbove() == null ? m.get("network.aboveNone") : String.valueOf(g.linksAbove())));
            }
            d.put("metrics", rows);
            d.put("seats", seats.getOrDefault(n.id(), List.of()));
            if (n.kind() == NodeKind.GROUP) {
                List<GroupFindings.Shown> own = findings.of(n.key());
                d.put("findings", own.stream().map(f -> List.of(f.rule(), m.get("severity." + f.severity().name()),
                        f.text())).toList());
                d.put("mark", own.isEmpty() ? null
                        : own.stream().anyMatch(f -> f.severity() == fi.perhekeskus.pkcheck.model.Severity.ERROR)
                        ? "error" : "warning");
            }
            nodes.add(d);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        int i = 0;
        for (Link link : graph.map().edgeSet().stream().sorted().toList()) {
            edges.add(edge("e" + i++, link.source(), link.target(), link.kind().word()));
        }
        Set<String> in = new TreeSet<>();
        graph.seats().stream().filter(s -> !s.deputy() && s.organisation() != null)
                .forEach(s -> in.add(MapNode.id(NodeKind.ORGANISATION, s.organisation()) + "\n" + MapNode.id(NodeKind.GROUP, s.group())));
        for (String pair : in) {
            String[] ends = pair.split("\n", 2);
            edges.add(edge("e" + i++, ends[0], ends[1], "in"));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("seats", m.get("network.map.seats"));
        w.put("noSeats", m.get("network.map.noSeats"));
        w.put("numbers", words.get("numbers"));
        w.put("findings", words.get("findings", "{0}"));
        w.put("findingsNone", words.get("findings.none"));
        w.put("close", words.get("close"));
        data.put("words", w);
        data.put("box", List.of(MapLayout.BOX_W, MapLayout.BOX_H));
        data.put("nodes", nodes);
        data.put("edges", edges);
        return data;
    }

    private String describe(MapNode n) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get("network.kind." + n.kind().word()));
        if (n.orgType() != null) {
            parts.add(m.get("html.orgType." + n.orgType().name()));
        }
        if (n.tier() != null && n.kind() == NodeKind.GROUP) {
            parts.add(m.text(n.tier()));
        }
        n.areas().stream().map(a -> graph.areaNames().getOrDefault(a, a)).forEach(parts::add);
        return String.join(" · ", parts);
    }

    private static Map<String, Object> edge(String id, String source, String target, String kind) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("source", source);
        e.put("target", target);
        e.put("kind", kind);
        return e;
    }

}
