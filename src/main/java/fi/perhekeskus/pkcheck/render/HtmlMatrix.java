package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The readiness matrix: one row per area plus the whole region, one column per tier of the model. A cell
 * is red, amber or green by the findings of its groups and the region-level findings about that tier
 * there (a missing group); grey where the tier has no group and nothing is reported.
 */
final class HtmlMatrix {

    /** Cells list at most this many links; the rest are one "and N more" link to the groups. */
    static final int MAX_LINKS = 6;

    private final Report report;
    private final HtmlLayout layout;
    private final HtmlWords words;
    private final HtmlFindings findings;

    HtmlMatrix(Report report, HtmlLayout layout, HtmlWords words, HtmlFindings findings) {
        this.report = report;
        this.layout = layout;
        this.words = words;
        this.findings = findings;
    }

    /** The anchor of the block of one tier's groups in one row. */
    static String blockId(int tierIndex, int row) {
        return "t" + tierIndex + "-r" + row;
    }

    HtmlView.Matrix build() {
        List<String> tiers = report.tierOrder();
        List<String> columns = tiers.stream().map(t -> words.capitalised(words.get("tier." + t))).toList();
        List<HtmlView.Row> rows = new ArrayList<>();
        for (int r = 0; r < layout.rows().size(); r++) {
            HtmlLayout.RowKey key = layout.rows().get(r);
            List<HtmlView.Cell> cells = new ArrayList<>();
            for (int t = 0; t < tiers.size(); t++) {
                cells.add(cell(r, t));
            }
            String sub = key.municipalities().isEmpty() ? null
                    : words.get("html.matrix.municipalities", key.municipalities().size());
            rows.add(new HtmlView.Row(key.name(), sub, cells));
        }
        List<HtmlView.Status> legend = List.of(
                new HtmlView.Status("red", HtmlWords.symbol("red"), words.get("html.legend.red")),
                new HtmlView.Status("amber", HtmlWords.symbol("amber"), words.get("html.legend.amber")),
                new HtmlView.Status("green", HtmlWords.symbol("green"), words.get("html.legend.green")),
                new HtmlView.Status("grey", HtmlWords.symbol("grey"), words.get("html.legend.grey")));
        return new HtmlView.Matrix(words.get("html.matrix.title"), words.get("html.matrix.intro"),
                words.get("html.matrix.caption"), words.get("html.matrix.area"), columns, rows, outside(),
                words.get("html.legend.title"), legend);
    }

    /**
     * What the table leaves out, so that a reader who only looks at it is not misled: region-level findings
     * of no tier (a municipality without a meeting place, one in the wrong area) and findings about people
     * and organisations.
     */
    private List<HtmlView.Aside> outside() {
        List<HtmlView.Aside> asides = new ArrayList<>();
        List<Finding> untiered = layout.region().stream()
                .filter(f -> f.tier() == null || !report.tierOrder().contains(f.tier().name())).toList();
        if (!untiered.isEmpty()) {
            asides.add(aside(untiered, "html.matrix.outsideRegion", "#region"));
        }
        if (!layout.people().isEmpty()) {
            asides.add(aside(layout.people(), "html.matrix.outsidePeople", "#people"));
        }
        return asides;
    }

    private HtmlView.Aside aside(List<Finding> findings, String key, String href) {
        HtmlWords.Tally tally = HtmlWords.Tally.of(findings, report);
        String colour = tally.colour().equals("green") ? "info" : tally.colour();
        return new HtmlView.Aside(new HtmlView.Status(colour, HtmlWords.symbol(colour), null),
                words.get(key, words.counts(tally)), href);
    }

    private HtmlView.Cell cell(int row, int tierIndex) {
        String tier = report.tierOrder().get(tierIndex);
        List<Report.GroupInfo> groups = layout.groupsAt(row, tier);
        List<Finding> about = layout.regionFindingsAt(row, tier);
        List<Finding> all = new ArrayList<>(about);
        groups.forEach(g -> all.addAll(layout.findingsOf(g.id())));
        if (groups.isEmpty() && about.isEmpty()) {
            return new HtmlView.Cell(words.grey(greyText(row, tier)), null, null, List.of());
        }
        HtmlView.Status status = words.status(HtmlWords.Tally.of(all, report));
        List<HtmlView.Link> links = new ArrayList<>();
        for (Finding f : about) {
            links.add(new HtmlView.Link("#" + findings.anchor(f), words.messages().message(f), null));
        }
        List<Report.GroupInfo> troubled = groups.stream()
                .filter(g -> !layout.findingsOf(g.id()).isEmpty())
                .sorted(Comparator.comparing((Report.GroupInfo g) -> tally(g).errors()).reversed()
                        .thenComparing(Comparator.comparing((Report.GroupInfo g) -> tally(g).warnings()).reversed())
                        .thenComparing(Report.GroupInfo::id))
                .toList();
        for (Report.GroupInfo g : troubled) {
            links.add(new HtmlView.Link("#" + layout.cardId(g.id()), title(g),
                    words.status(tally(g)).text()));
        }
        String href = groups.isEmpty() ? null : layout.flat(tier) ? "#" + layout.cardId(groups.get(0).id())
                : "#" + blockId(tierIndex, row);
        if (links.size() > MAX_LINKS) {
            int more = links.size() - (MAX_LINKS - 1);
            links = new ArrayList<>(links.subList(0, MAX_LINKS - 1));
            links.add(new HtmlView.Link(href != null ? href : "#region", words.get("html.cell.more", more), null));
        }
        return new HtmlView.Cell(status, detail(groups, troubled.size()), href, links);
    }

    private HtmlWords.Tally tally(Report.GroupInfo g) {
        return HtmlWords.Tally.of(layout.findingsOf(g.id()), report);
    }

    /** "3 groups, 2 in order"; "No group" where the tier has none here but something is reported. */
    private String detail(List<Report.GroupInfo> groups, int troubled) {
        if (groups.isEmpty()) {
            return words.get("html.status.noGroup");
        }
        String text = words.count("group", groups.size());
        int fine = groups.size() - troubled;
        return groups.size() > 1 && fine > 0 ? text + ", " + words.get("html.cell.groupsOk", fine) : text;
    }

    /**
     * Why a cell is grey: the tier's groups are region-wide (an area row), or by area (the region row), or
     * the tier simply has no group here.
     */
    private String greyText(int row, String tier) {
        boolean regionWide = !layout.groupsAt(0, tier).isEmpty();
        boolean byArea = false;
        for (int r = 1; r < layout.rows().size(); r++) {
            byArea |= !layout.groupsAt(r, tier).isEmpty();
        }
        if (row > 0 && regionWide && !byArea) {
            return words.get("html.status.regionWide");
        }
        if (row == 0 && byArea && !regionWide) {
            return words.get("html.status.byArea");
        }
        return words.get("html.status.noGroup");
    }

    static String title(Report.GroupInfo g) {
        return g.name() == null || g.name().isBlank() ? g.id() : g.name();
    }
}
