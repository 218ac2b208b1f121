package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each node of the interactive map lies: tiers as bands from top to bottom (provincial, then the
 * region-wide organisations, regional, local, then organisations in no group), areas side by side with their
 * local groups in a grid, each group a box wide enough for its name. A group's own people and local
 * organisations sit on rings around the box, outside it, so no dot ever covers a group's name. The grid's
 * number of columns is chosen so that the whole map has the shape of a screen (16:9 to 16:10), which is what
 * lets the map fill the window when fitted. Computed here rather than by a force layout so that the map is the
 * same every time.
 */
final class MapLayout {

    /** A group's box, in the map's units (one unit is one pixel at 100 % zoom). */
    static final double BOX_W = 166;
    static final double BOX_H = 74;
    /** From the box to its first row of dots, between rows, between dots, and how far a row may overhang. */
    static final double MARGIN = 13;
    static final double RING = 16;
    static final double STEP = 18;
    static final double OVERHANG = 2;
    /** Between two cells of the grid, and between two areas. */
    static final double GAP = 18;
    static final double AREA_GAP = 40;
    /** The map area aimed at: a 1400 × 900 window less the page's header and footer. */
    static final double SCREEN_W = 1370;
    static final double SCREEN_H = 740;
    /** Between two organisations in a row of their own. */
    static final double ROW_STEP = 42;
    /** How many box widths the rows of dots beside a group alone in its band may span. */
    static final double WIDE = 3.4;

    private MapLayout() {
    }

    /** x and y of every node, by node id. */
    static Map<String, double[]> positions(NetworkGraph graph) {
        Map<String, List<MapNode>> satellites = satellites(graph);
        List<MapNode> regionWide = new ArrayList<>();
        List<MapNode> unseated = new ArrayList<>();
        Map<String, List<String>> seatedIn = new HashMap<>();
        graph.seats().stream().filter(s -> !s.deputy() && s.organisation() != null)
                .forEach(s -> seatedIn.computeIfAbsent(s.organisation(), k -> new ArrayList<>()).add(s.group()));
        for (MapNode o : graph.nodes(NodeKind.ORGANISATION)) {
            if (!seatedIn.containsKey(o.key())) {
                unseated.add(o);
            } else if (o.areas().size() != 1) {
                regionWide.add(o);
            }
        }
        List<String> areas = new ArrayList<>(graph.areaNames().keySet());
        List<MapNode> groups = graph.nodes(NodeKind.GROUP);
        Map<String, List<MapNode>> localByArea = new TreeMap<>();
        Map<String, List<MapNode>> regionalByArea = new TreeMap<>();
        List<MapNode> provincial = new ArrayList<>();
        for (MapNode g : groups) {
            if (g.tier() == Tier.PROVINCIAL) {
                provincial.add(g);
            } else if (g.tier() == Tier.REGIONAL) {
                regionalByArea.computeIfAbsent(areaOf(g, areas), k -> new ArrayList<>()).add(g);
            } else {
                localByArea.computeIfAbsent(areaOf(g, areas), k -> new ArrayList<>()).add(g);
            }
        }
        if (localByArea.containsKey("") || regionalByArea.containsKey("")) {
            areas.add("");
        }
        // The provincial group has its band to itself: its people spread in wide rows beside it too.
        Map<String, Double> spans = new HashMap<>();
        groups.forEach(g -> spans.put(g.id(), g.tier() == Tier.PROVINCIAL && provincial.size() == 1
                ? WIDE * BOX_W : BOX_W + 2 * OVERHANG));
        Map<String, Integer> rings = new HashMap<>();
        groups.forEach(g -> rings.put(g.id(), ringsFor(satellites.getOrDefault(g.id(), List.of()).size(),
                spans.get(g.id()))));
        double cellW = 2 * halfWidth(maxRings(rings, localByArea)) + GAP;
        double cellH = 2 * halfHeight(maxRings(rings, localByArea)) + GAP;
        int most = localByArea.values().stream().mapToInt(List::size).max().orElse(1);
        int localRowCount = rowCount(areas, regionalByArea, localByArea, rings, provincial, cellW, cellH, most);
        Map<String, Integer> columns = new HashMap<>();
        areas.forEach(a -> columns.put(a, Math.max(1,
                (localByArea.getOrDefault(a, List.of()).size() + localRowCount - 1) / localRowCount)));

        Map<String, double[]> at = new TreeMap<>();
        Map<String, Double> areaLeft = new TreeMap<>();
        double x = 0;
        for (String area : areas) {
            areaLeft.put(area, x);
            x += areaWidth(area, columns.get(area), regionalByArea, rings, cellW) + AREA_GAP;
        }
        double width = Math.max(x - AREA_GAP, cellW);

        double y = 0;
        double provincialH = 2 * halfHeight(provincial.stream().mapToInt(g -> rings.get(g.id())).max().orElse(0));
        double provincialW = 2 * halfWidth(provincial.stream().mapToInt(g -> rings.get(g.id())).max().orElse(0)) + GAP;
        if (provincial.size() == 1 && !regionWide.isEmpty()) {
            // The region-wide organisations in two columns of rows either side of the provincial group.
            double side = WIDE * BOX_W / 2 + ROW_STEP;
            int perSide = (regionWide.size() + 1) / 2;
            int perRow = Math.max(1, (int) ((width / 2 - side) / ROW_STEP));
            int rowsNeeded = (perSide + perRow - 1) / perRow;
            provincialH = Math.max(provincialH, rowsNeeded * ROW_STEP);
            double top = provincialH / 2 - (rowsNeeded - 1) * ROW_STEP / 2;
            for (int i = 0; i < regionWide.size(); i++) {
                int k = i % perSide;
                double dx = side + (k % perRow) * ROW_STEP;
                double x0 = i < perSide ? width / 2 - dx : width / 2 + dx;
                at.put(regionWide.get(i).id(), new double[] {round(x0), round(top + (k / perRow) * ROW_STEP)});
            }
            regionWide = List.of();
        }
        if (!provincial.isEmpty()) {
            y = provincialH / 2;
            row(at, provincial, width / 2, y, provincialW);
            y += provincialH / 2 + GAP;
        }
        if (!regionWide.isEmpty()) {
            y = rows(at, regionWide, width, y + ROW_STEP / 2) + GAP;
        }
        int regionalRings = regionalByArea.values().stream().flatMap(List::stream).mapToInt(g -> rings.get(g.id()))
                .max().orElse(-1);
        if (regionalRings >= 0) {
            double h = 2 * halfHeight(regionalRings);
            double w = 2 * halfWidth(regionalRings) + GAP;
            for (Map.Entry<String, List<MapNode>> e : regionalByArea.entrySet()) {
                double left = areaLeft.get(e.getKey());
                double centre = left + areaWidth(e.getKey(), columns.get(e.getKey()), regionalByArea, rings, cellW) / 2;
                row(at, e.getValue(), centre, y + h / 2, w);
            }
            y += h + GAP / 2;
        }
        int localRows = 0;
        for (Map.Entry<String, List<MapNode>> e : localByArea.entrySet()) {
            double left = areaLeft.get(e.getKey());
            double inner = areaWidth(e.getKey(), columns.get(e.getKey()), regionalByArea, rings, cellW);
            List<MapNode> list = e.getValue();
            int cols = Math.min(columns.get(e.getKey()), list.size());
            double start = left + (inner - cols * cellW) / 2 + cellW / 2;
            for (int i = 0; i < list.size(); i++) {
                at.put(list.get(i).id(), new double[] {round(start + (i % cols) * cellW),
                        round(y + cellH / 2 + (i / cols) * cellH)});
            }
            localRows = Math.max(localRows, (list.size() + cols - 1) / cols);
        }
        y += localRows * cellH;
        if (!unseated.isEmpty()) {
            rows(at, unseated, width, y + ROW_STEP / 2);
        }
        satellites.forEach((group, list) -> orbit(at, at.get(group), list, spans.get(group)));
        return at;
    }

    /** The people whose most local group it is, and the one-area organisations seated there, by group node id. */
    private static Map<String, List<MapNode>> satellites(NetworkGraph graph) {
        Comparator<Seat> local = Comparator.comparing((Seat s) -> tierRank(graph, s.group())).reversed()
                .thenComparing(Seat::group);
        Map<String, Seat> personHome = new TreeMap<>();
        Map<String, Seat> organisationHome = new TreeMap<>();
        for (Seat s : graph.seats()) {
            personHome.merge(s.person(), s, (a, b) -> local.compare(a, b) <= 0 ? a : b);
            if (!s.deputy() && s.organisation() != null) {
                organisationHome.merge(s.organisation(), s, (a, b) -> local.compare(a, b) <= 0 ? a : b);
            }
        }
        Map<String, List<MapNode>> result = new TreeMap<>();
        organisationHome.forEach((organisation, seat) -> {
            MapNode o = graph.node(NodeKind.ORGANISATION, organisation);
            if (o != null && o.areas().size() == 1) {
                result.computeIfAbsent(MapNode.id(NodeKind.GROUP, seat.group()), k -> new ArrayList<>()).add(o);
            }
        });
        personHome.forEach((person, seat) -> result.computeIfAbsent(MapNode.id(NodeKind.GROUP, seat.group()),
                k -> new ArrayList<>()).add(graph.node(NodeKind.PERSON, person)));
        return result;
    }

    /**
     * How many rows of local groups each area gets (its columns follow from its number of groups): the count
     * that lets the whole map be drawn largest in a 1400 × 900 window.
     */
    private static int rowCount(List<String> areas, Map<String, List<MapNode>> regional, Map<String, List<MapNode>> local,
                                Map<String, Integer> rings, List<MapNode> provincial, double cellW, double cellH,
                                int most) {
        int best = 1;
        double bestZoom = 0;
        for (int r = 1; r <= Math.max(1, most); r++) {
            double w = -AREA_GAP;
            for (String area : areas) {
                int cols = Math.max(1, (local.getOrDefault(area, List.of()).size() + r - 1) / r);
                w += areaWidth(area, cols, regional, rings, cellW) + AREA_GAP;
            }
            double h = r * cellH + (regional.isEmpty() ? 0 : cellH) + (provincial.isEmpty() ? 0
                    : 2 * halfHeight(provincial.stream().mapToInt(g -> rings.get(g.id())).max().orElse(0)) + GAP);
            double zoom = Math.min(SCREEN_W / Math.max(w, 1), SCREEN_H / Math.max(h, 1));
            if (zoom > bestZoom + 1e-9) {
                best = r;
                bestZoom = zoom;
            }
        }
        return best;
    }

    private static double areaWidth(String area, int columns, Map<String, List<MapNode>> regional,
                                    Map<String, Integer> rings, double cellW) {
        List<MapNode> upper = regional.getOrDefault(area, List.of());
        double upperW = upper.stream().mapToDouble(g -> 2 * halfWidth(rings.get(g.id())) + GAP).sum();
        return Math.max(columns * cellW, upperW);
    }

    private static int maxRings(Map<String, Integer> rings, Map<String, List<MapNode>> byArea) {
        return byArea.values().stream().flatMap(List::stream).mapToInt(g -> rings.get(g.id())).max().orElse(0);
    }

    /** How many rows above and below a box {@code count} dots need. */
    static int ringsFor(int count, double span) {
        return (count + capacity(span) - 1) / capacity(span);
    }

    /** Dots in one row above and one below a box, the rows {@code span} wide. */
    private static int capacity(double span) {
        return 2 * (int) Math.floor(span / STEP + 1);
    }

    /** Half the width of a box with its dots. */
    static double halfWidth(int rings) {
        return BOX_W / 2 + (rings == 0 ? 0 : OVERHANG);
    }

    /** Half the height of a box with {@code rings} rows of dots above and below it. */
    static double halfHeight(int rings) {
        return BOX_H / 2 + (rings == 0 ? 0 : MARGIN + (rings - 1) * RING + 8);
    }

    /**
     * Places {@code nodes} in rows above and below the box at {@code centre}, never on it: the first half of each
     * pair of rows above, the rest below, the rows nearest the box first.
     */
    private static void orbit(Map<String, double[]> at, double[] centre, List<MapNode> nodes, double span) {
        int placed = 0;
        for (int ring = 0; placed < nodes.size(); ring++) {
            int here = Math.min(capacity(span), nodes.size() - placed);
            int top = (here + 1) / 2;
            double dy = BOX_H / 2 + MARGIN + ring * RING;
            placeRow(at, centre, nodes.subList(placed, placed + top), -dy, span);
            placeRow(at, centre, nodes.subList(placed + top, placed + here), dy, span);
            placed += here;
        }
    }

    private static void placeRow(Map<String, double[]> at, double[] centre, List<MapNode> nodes, double dy, double span) {
        double step = nodes.size() < 2 ? 0 : Math.min(STEP * 1.6, span / (nodes.size() - 1));
        double start = centre[0] - step * (nodes.size() - 1) / 2;
        for (int i = 0; i < nodes.size(); i++) {
            at.put(nodes.get(i).id(), new double[] {round(start + i * step), round(centre[1] + dy)});
        }
    }

    /** Places {@code nodes} in a row centred on {@code centre}. */
    private static void row(Map<String, double[]> at, List<MapNode> nodes, double centre, double y, double gap) {
        double start = centre - gap * (nodes.size() - 1) / 2;
        for (int i = 0; i < nodes.size(); i++) {
            at.put(nodes.get(i).id(), new double[] {round(start + i * gap), round(y)});
        }
    }

    /** Places {@code nodes} in centred rows no wider than {@code width}; returns the y below the last row. */
    private static double rows(Map<String, double[]> at, List<MapNode> nodes, double width, double y) {
        int perRow = Math.max(1, (int) (width / ROW_STEP));
        for (int from = 0; from < nodes.size(); from += perRow) {
            row(at, nodes.subList(from, Math.min(nodes.size(), from + perRow)), width / 2, y, ROW_STEP);
            y += ROW_STEP;
        }
        return y - ROW_STEP / 2;
    }

    private static int tierRank(NetworkGraph graph, String group) {
        Tier tier = graph.groups().get(group).tier();
        return tier == null ? Tier.values().length : tier.ordinal();
    }

    private static String areaOf(MapNode group, List<String> areas) {
        return group.areas().stream().filter(areas::contains).findFirst().orElse("");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
