package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where everything of a report goes on the HTML page: each group in a row (its area, or the whole region)
 * and a column (its tier), each finding in a group's card or in the region, people or data section, and
 * the region-level findings about one tier in one area (a missing group) also in that matrix cell.
 */
final class HtmlLayout {

    /** A row of the matrix: an area, or the whole region ({@code areaId} null). */
    record RowKey(String areaId, String name, List<String> municipalities) {
    }

    /** "Nokia (536)": the label of a municipality, and its code in the brackets. */
    private static final Pattern LABEL = Pattern.compile("^(.*) \\(([^()]+)\\)$");

    private final Report report;
    private final List<RowKey> rows = new ArrayList<>();
    private final Map<String, Integer> rowOfArea = new LinkedHashMap<>();
    private final Map<String, String> municipalityLabel = new LinkedHashMap<>();
    private final Map<String, String> municipalityArea = new LinkedHashMap<>();
    private final Map<String, List<Finding>> byGroup = new TreeMap<>();
    private final List<Finding> region = new ArrayList<>();
    private final List<Finding> people = new ArrayList<>();
    private final List<Finding> data = new ArrayList<>();
    private final Map<String, String> cardIds = new LinkedHashMap<>();

    HtmlLayout(Report report, String regionRowName) {
        this.report = report;
        List<String> all = new ArrayList<>();
        report.areas().forEach(a -> all.addAll(a.municipalities()));
        rows.add(new RowKey(null, regionRowName, all));
        for (Report.AreaInfo area : report.areas()) {
            rowOfArea.put(area.id(), rows.size());
            rows.add(new RowKey(area.id(), area.name(), area.municipalities()));
            for (String label : area.municipalities()) {
                String code = codeOf(label);
                municipalityLabel.put(code, label);
                municipalityArea.put(code, area.id());
            }
        }
        // A group may name an area the data does not declare (a DATA finding says so): it still gets a row.
        report.groups().values().stream().map(Report.GroupInfo::area).filter(a -> a != null)
                .distinct().sorted().forEach(a -> rowOfArea.computeIfAbsent(a, id -> {
                    rows.add(new RowKey(id, id, List.of()));
                    return rows.size() - 1;
                }));
        // Cards are numbered in page order (tier, row, id), so anchors stay the same from run to run.
        report.groups().values().stream().sorted(Comparator
                        .comparing((Report.GroupInfo g) -> tierPosition(g.tier()))
                        .thenComparing(this::rowOf).thenComparing(Report.GroupInfo::id))
                .forEach(g -> cardIds.put(g.id(), "g" + (cardIds.size() + 1)));
        for (Finding f : report.findings()) {
            String type = f.subject().type();
            if ("DATA".equals(f.family())) {
                data.add(f);
            } else if (f.group() != null && report.groups().containsKey(f.group())) {
                byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
            } else if ("person".equals(type) || "organisation".equals(type)) {
                people.add(f);
            } else {
                region.add(f);
            }
        }
    }

    private static String codeOf(String label) {
        Matcher m = LABEL.matcher(label);
        return m.matches() ? m.group(2) : label;
    }

    private int tierPosition(String tier) {
        int i = tier == null ? -1 : report.tierOrder().indexOf(tier);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The anchor of a group's card. */
    String cardId(String groupId) {
        return cardIds.get(groupId);
    }

    List<RowKey> rows() {
        return rows;
    }

    /** The row index of a group: its area's, else the whole region's (0). */
    int rowOf(Report.GroupInfo group) {
        return group.area() == null ? 0 : rowOfArea.get(group.area());
    }

    /** The groups of one tier in one row, by id. */
    List<Report.GroupInfo> groupsAt(int row, String tier) {
        return report.groups().values().stream().filter(g -> tier.equals(g.tier()) && rowOf(g) == row)
                .sorted(Comparator.comparing(Report.GroupInfo::id)).toList();
    }

    /**
     * Whether a tier's cards are shown in one grid, each naming its area: no row holds more than one of
     * its groups. Otherwise they are grouped under a heading per area.
     */
    boolean flat(String tier) {
        for (int r = 0; r < rows.size(); r++) {
            if (groupsAt(r, tier).size() > 1) {
                return false;
            }
        }
        return true;
    }

    /** The groups whose tier is not one of the model's, by id. */
    List<Report.GroupInfo> groupsOutsideTiers() {
        return report.groups().values().stream()
                .filter(g -> g.tier() == null || !report.tierOrder().contains(g.tier()))
                .sorted(Comparator.comparing(Report.GroupInfo::id)).toList();
    }

    /** The findings in a group's card (about the group, its memberships or its meetings). */
    List<Finding> findingsOf(String groupId) {
        return byGroup.getOrDefault(groupId, List.of());
    }

    /**
     * The region-level findings about {@code tier} in one row: a missing group (the area's or the region's),
     * a municipality of the area that no group of the tier covers. They stay in the region section too.
     */
    List<Finding> regionFindingsAt(int row, String tier) {
        return region.stream().filter(f -> f.tier() != null && tier.equals(f.tier().name()))
                .filter(f -> rowOfSubject(f) == row).toList();
    }

    private int rowOfSubject(Finding f) {
        String id = f.subject().id();
        return switch (f.subject().type()) {
            case "area" -> rowOfArea.getOrDefault(id, 0);
            case "municipality" -> municipalityArea.containsKey(id) ? rowOfArea.get(municipalityArea.get(id)) : 0;
            default -> 0;
        };
    }

    /** The labels of municipality codes ("Nokia (536)"), the code itself where the report has no label. */
    List<String> labels(List<String> codes) {
        return codes.stream().map(c -> municipalityLabel.getOrDefault(c, c)).toList();
    }

    /** The municipality codes in a group's scope: its own, else its area's, else the whole region's. */
    List<String> scope(Report.GroupInfo group) {
        if (!group.municipalities().isEmpty()) {
            return group.municipalities();
        }
        return rows.get(rowOf(group)).municipalities().stream().map(HtmlLayout::codeOf).toList();
    }

    List<Finding> region() {
        return region;
    }

    List<Finding> people() {
        return people;
    }

    List<Finding> data() {
        return data;
    }
}
