package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each node of the interactive map starts: tiers as bands from top to bottom (provincial, then the
 * region-wide organisations, regional, local, then organisations in no group), areas as columns, each
 * person on a ring around their most local group and each local organisation on an outer ring around the
 * group that seats it. Computed here rather than by a force layout so that the map is the same every time.
 */
final class MapLayout {

    static final int PER_ROW = 3;
    static final double CELL = 300;
    static final double BAND = 330;

    private MapLayout() {
    }

    /** x and y of every node, by node id. */
    static Map<String, double[]> positions(NetworkGraph graph) {
        Map<String, double[]> at = new TreeMap<>();
        List<String> areas = List.copyOf(graph.areaNames().keySet());
        Map<String, List<Node>> localByArea = new TreeMap<>();
        List<Node> groups = graph.nodes(NodeKind.GROUP);
        for (Node g : groups) {
            if (g.tier() == Tier.LOCAL || g.tier() == null) {
                localByArea.computeIfAbsent(areaOf(g, areas), k -> new ArrayList<>()).add(g);
            }
        }
        Map<String, Double> columnStart = new TreeMap<>();
        double x = 0;
        List<String> columns = new ArrayList<>(areas);
        if (localByArea.containsKey("")) {
            columns.add("");
        }
        for (String area : columns) {
            columnStart.put(area, x);
            x += PER_ROW * CELL + CELL / 2;
        }
        double width = Math.max(x - CELL / 2, CELL);
        int localRows = localByArea.values().stream().mapToInt(l -> (l.size() + PER_ROW - 1) / PER_ROW).max().orElse(0);
        double regionalY = 2 * BAND;
        double localY = 3 * BAND;

        List<Node> provincial = groups.stream().filter(g -> g.tier() == Tier.PROVINCIAL).toList();
        spread(at, provincial, width / 2, 0, CELL * 2);
        for (Node g : groups.stream().filter(g -> g.tier() == Tier.REGIONAL).toList()) {
            String area = areaOf(g, areas);
            double centre = columnStart.containsKey(area) ? columnStart.get(area) + PER_ROW * CELL / 2 - CELL / 2 : width / 2;
            at.put(g.id(), new double[] {centre, regionalY});
        }
        for (Map.Entry<String, List<Node>> e : localByArea.entrySet()) {
            double start = columnStart.getOrDefault(e.getKey(), 0.0);
            List<Node> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                at.put(list.get(i).id(), new double[] {start + (i % PER_ROW) * CELL, localY + (i / PER_ROW) * CELL});
            }
        }
        rings(graph, at, width, localY + Math.max(localRows, 1) * CELL);
        return at;
    }

    /** People around their most local group; organisations around the most local group that seats them. */
    private static void rings(NetworkGraph graph, Map<String, double[]> at, double width, double bottom) {
        Map<String, List<Node>> people = new TreeMap<>();
        Map<String, List<Node>> organisations = new TreeMap<>();
        Comparator<Seat> local = Comparator.comparing((Seat s) -> tierRank(graph, s.group())).reversed()
                .thenComparing(Seat::group);
        Map<String, List<Seat>> seatsOf = new TreeMap<>();
        graph.seats().forEach(s -> seatsOf.computeIfAbsent(s.person(), k -> new ArrayList<>()).add(s));
        seatsOf.forEach((person, seats) -> {
            String home = seats.stream().min(local).map(Seat::group).orElseThrow();
            people.computeIfAbsent(home, k -> new ArrayList<>()).add(graph.node(NodeKind.PERSON, person));
        });
        List<Node> regionWide = new ArrayList<>();
        List<Node> unseated = new ArrayList<>();
        for (Node o : graph.nodes(NodeKind.ORGANISATION)) {
            List<Seat> seats = graph.seats().stream().filter(s -> !s.deputy() && o.key().equals(s.organisation()))
                    .toList();
            if (seats.isEmpty()) {
                unseated.add(o);
            } else if (o.areas().size() != 1) {
                regionWide.add(o);
            } else {
                String home = seats.stream().min(local).map(Seat::group).orElseThrow();
                organisations.computeIfAbsent(home, k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, Double> radius = new TreeMap<>();
        people.forEach((group, list) -> radius.put(group, ring(at, at.get(Node.id(NodeKind.GROUP, group)), list, 60)));
        organisations.forEach((group, list) -> ring(at, at.get(Node.id(NodeKind.GROUP, group)), list,
                radius.getOrDefault(group, 40.0) + 45));
        spread(at, regionWide, width / 2, BAND, 150);
        spread(at, unseated, width / 2, bottom + CELL / 2, 110);
    }

    private static int tierRank(NetworkGraph graph, String group) {
        Tier tier = graph.groups().get(group).tier();
        return tier == null ? Tier.values().length : tier.ordinal();
    }

    /** Places {@code nodes} evenly on a circle around {@code centre}; returns the radius used. */
    private static double ring(Map<String, double[]> at, double[] centre, List<Node> nodes, double minimum) {
        double radius = Math.max(minimum, nodes.size() * 34 / (2 * Math.PI));
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            at.put(nodes.get(i).id(), new double[] {round(centre[0] + radius * Math.cos(angle)),
                    round(centre[1] + radius * Math.sin(angle))});
        }
        return radius;
    }

    /** Places {@code nodes} in a row centred on {@code centre}. */
    private static void spread(Map<String, double[]> at, List<Node> nodes, double centre, double y, double gap) {
        double start = centre - gap * (nodes.size() - 1) / 2;
        for (int i = 0; i < nodes.size(); i++) {
            at.put(nodes.get(i).id(), new double[] {round(start + i * gap), y});
        }
    }

    private static String areaOf(Node group, List<String> areas) {
        return group.areas().stream().filter(areas::contains).findFirst().orElse("");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
