package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The group cards, tier by tier and area by area: each group's chair and vice-chairs, the organisation
 * types and municipalities its seats represent, its size, and its findings — what is missing.
 */
final class HtmlCards {

    private final Report report;
    private final HtmlLayout layout;
    private final HtmlWords words;
    private final HtmlFindings findings;

    HtmlCards(Report report, HtmlLayout layout, HtmlWords words, HtmlFindings findings) {
        this.report = report;
        this.layout = layout;
        this.words = words;
        this.findings = findings;
    }

    /** One section per tier of the model that has groups, then one for groups outside the model's tiers. */
    List<HtmlView.TierSection> sections() {
        List<HtmlView.TierSection> sections = new ArrayList<>();
        List<String> tiers = report.tierOrder();
        for (int t = 0; t < tiers.size(); t++) {
            List<HtmlView.Block> blocks = new ArrayList<>();
            boolean flat = layout.flat(tiers.get(t));
            List<HtmlView.Card> flatCards = new ArrayList<>();
            for (int r = 0; r < layout.rows().size(); r++) {
                List<Report.GroupInfo> groups = layout.groupsAt(r, tiers.get(t));
                String area = layout.rows().get(r).name();
                if (flat) {
                    groups.forEach(g -> flatCards.add(card(g, 3, area)));
                } else if (!groups.isEmpty()) {
                    blocks.add(new HtmlView.Block(HtmlMatrix.blockId(t, r), area, worstFirst(groups).stream()
                            .map(g -> card(g, 4, null)).toList()));
                }
            }
            if (!flatCards.isEmpty()) {
                blocks.add(new HtmlView.Block(HtmlMatrix.blockId(t, 0), null, flatCards));
            }
            if (!blocks.isEmpty()) {
                String tierName = words.get("tier." + tiers.get(t));
                sections.add(new HtmlView.TierSection("tier" + t, words.get("html.section.tier", tierName), blocks));
            }
        }
        List<Report.GroupInfo> outside = layout.groupsOutsideTiers();
        if (!outside.isEmpty()) {
            String title = words.get("text.section.noTier");
            sections.add(new HtmlView.TierSection("tier-other", title, List.of(
                    new HtmlView.Block("t-other", null, worstFirst(outside).stream()
                            .map(g -> card(g, 3, g.area() == null ? null : layout.rows().get(layout.rowOf(g)).name()))
                            .toList()))));
        }
        return sections;
    }

    /** Groups with errors first, then with warnings, then the rest; by id within each. */
    private List<Report.GroupInfo> worstFirst(List<Report.GroupInfo> groups) {
        return groups.stream().sorted(Comparator
                .comparing((Report.GroupInfo g) -> rank(HtmlWords.Tally.of(layout.findingsOf(g.id()), report)))
                .thenComparing(Report.GroupInfo::id)).toList();
    }

    private static int rank(HtmlWords.Tally t) {
        return t.errors() > 0 ? 0 : t.warnings() > 0 ? 1 : 2;
    }

    private HtmlView.Card card(Report.GroupInfo g, int level, String area) {
        List<HtmlView.Fact> facts = new ArrayList<>();
        if (!g.municipalities().isEmpty()) {
            facts.add(new HtmlView.Fact(words.get("html.card.municipalities"),
                    String.join(", ", layout.labels(g.municipalities()))));
        }
        List<String> scope = layout.scope(g);
        List<String> missing = scope.stream().filter(c -> !g.representedMunicipalities().contains(c)).toList();
        // For a group of one municipality that has its seat, "1 of 1" would only add noise.
        if (scope.size() > 1 || !missing.isEmpty()) {
            String seats = words.get("html.card.seatsOf", scope.size() - missing.size(), scope.size());
            // A whole-region group's list would be long, and the region may not ask for every municipality:
            // the count is enough, and a REP-002 finding names the missing ones where the model demands them.
            boolean regionWide = g.municipalities().isEmpty() && g.area() == null;
            if (!missing.isEmpty() && !regionWide) {
                seats += " \u2014 " + words.get("html.card.noSeat", String.join(", ", layout.labels(missing)));
            }
            facts.add(new HtmlView.Fact(words.get("html.card.municipalitySeats"), seats));
        }
        facts.add(new HtmlView.Fact(words.get("html.card.chair"),
                people(g.chairs())));
        facts.add(new HtmlView.Fact(words.get("html.card.viceChairs"), people(g.viceChairs())));
        facts.add(new HtmlView.Fact(words.get("html.card.seats"), String.valueOf(g.seats())));
        List<String> badges = g.representedTypes().stream().map(t -> words.get("html.orgType." + t)).toList();
        List<Finding> own = layout.findingsOf(g.id());
        return new HtmlView.Card(layout.cardId(g.id()), level, area, HtmlMatrix.title(g), g.id(),
                words.status(HtmlWords.Tally.of(own, report)), facts, words.get("html.card.represented"),
                badges, findings.items(own, g.id()));
    }

    /** People as the reader chose to see them (ids, names or pseudonyms); "none" for nobody. */
    private String people(List<PersonRef> refs) {
        if (refs.isEmpty()) {
            return words.get("html.card.none");
        }
        return refs.stream().map(p -> words.messages().text(p)).collect(Collectors.joining(", "));
    }
}
