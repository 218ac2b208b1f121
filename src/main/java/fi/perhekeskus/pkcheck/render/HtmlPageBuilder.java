package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.RuleFamilies;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the view model of the HTML report from a report: the header, the readiness matrix, the region's
 * findings, the group cards, people and organisations, data problems, and for a meeting whom to invite.
 */
final class HtmlPageBuilder {

    private final Report report;
    private final RenderContext context;
    private final HtmlWords words;
    private final HtmlLayout layout;
    private final HtmlFindings findings;

    HtmlPageBuilder(Report report, RenderContext context) {
        this.report = report;
        this.context = context;
        this.words = new HtmlWords(context.messages());
        this.layout = new HtmlLayout(report, words.get("html.matrix.region"));
        this.findings = new HtmlFindings(report, words);
    }

    /** The page; {@code csp}, {@code css} and {@code script} are the renderer's own, from the jar. */
    HtmlView.Page build(String csp, String css, String script) {
        String region = report.regionName() == null || report.regionName().isBlank()
                ? report.regionId() : report.regionName();
        HtmlView.FindingSection regionSection = new HtmlView.FindingSection("region",
                words.get("text.section.region", region), findings.items(layout.region(), null),
                words.get("html.section.regionEmpty"));
        List<HtmlView.TierSection> tiers = new HtmlCards(report, layout, words, findings).sections();
        HtmlView.FindingSection people = layout.people().isEmpty() ? null : new HtmlView.FindingSection("people",
                words.get("text.section.people"), findings.items(layout.people(), null), null);
        HtmlView.FindingSection data = layout.data().isEmpty() ? null : new HtmlView.FindingSection("data",
                words.get("html.section.data"), findings.items(layout.data(), null), null);
        HtmlView.Section suggestions = suggestions();
        HtmlView.Section fixed = fixed();

        List<HtmlView.Link> toc = new ArrayList<>();
        toc.add(new HtmlView.Link("#matrix", words.get("html.matrix.title"), null));
        if (suggestions != null) {
            toc.add(new HtmlView.Link("#" + suggestions.id(), suggestions.title(), null));
        }
        toc.add(new HtmlView.Link("#region", regionSection.title(), null));
        tiers.forEach(t -> toc.add(new HtmlView.Link("#" + t.id(), t.title(), null)));
        if (people != null) {
            toc.add(new HtmlView.Link("#people", people.title(), null));
        }
        if (data != null) {
            toc.add(new HtmlView.Link("#data", data.title(), null));
        }
        if (fixed != null) {
            toc.add(new HtmlView.Link("#" + fixed.id(), fixed.title(), null));
        }

        HtmlView.Labels labels = new HtmlView.Labels(words.get("html.summary"), words.get("html.toc"),
                words.get("html.card.findings"), words.get("html.card.clean"), words.get("html.top"));
        HtmlView.Notice notice = layout.data().isEmpty() ? null
                : new HtmlView.Notice(words.get("html.dataNotice", layout.data().size()), "#data");
        return new HtmlView.Page(context.messages().language().name(), words.get("html.title", region),
                words.get("html.heading"), region, csp, css, script, labels, facts(), tiles(),
                report.findings().isEmpty() ? words.get(context.cleanKey())
                        + (context.dataOnly() ? " " + words.get("text.dataOnly") : "") : null, notice, toc, filters(),
                new HtmlMatrix(report, layout, words, findings).build(), suggestions, regionSection, tiers, people,
                data, fixed, words.get("html.footer", context.toolVersion()));
    }

    private List<HtmlView.Fact> facts() {
        List<HtmlView.Fact> facts = new ArrayList<>();
        String model = report.modelName() == null || report.modelName().isBlank()
                ? report.modelId() : report.modelName() + " (" + report.modelId() + ")";
        facts.add(new HtmlView.Fact(words.get("html.fact.model"), model));
        facts.add(new HtmlView.Fact(words.get("html.fact.checkDate"), words.date(report.checkDate())));
        facts.add(new HtmlView.Fact(words.get("html.fact.datasets"), String.join(", ", report.datasets())));
        if (!report.notRead().isEmpty()) {
            facts.add(new HtmlView.Fact(words.get("html.fact.notRead"),
                    String.join("; ", NotReadText.items(report.notRead(), context.messages()))));
        }
        if (report.meeting() != null) {
            facts.add(new HtmlView.Fact(words.get("html.fact.meeting"), MeetingLine.fact(report, context.messages(),
                    words.date(report.meeting().date()))));
        }
        if (report.baseline() != null) {
            long fresh = report.findings().stream().filter(report::isNew).count();
            facts.add(new HtmlView.Fact(words.get("html.fact.baseline"), words.get("text.baseline",
                    report.baseline().source(), fresh, report.findings().size() - fresh,
                    report.baseline().fixed().size())));
        }
        return facts;
    }

    private List<HtmlView.Tile> tiles() {
        List<HtmlView.Tile> tiles = new ArrayList<>();
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        // A zero is shown in grey: the colour marks what needs attention.
        tiles.add(new HtmlView.Tile(errors > 0 ? "red" : "grey", errors, words.count("error", errors)));
        tiles.add(new HtmlView.Tile(warnings > 0 ? "amber" : "grey", warnings, words.count("warning", warnings)));
        tiles.add(new HtmlView.Tile(infos > 0 ? "info" : "grey", infos, words.count("info", infos)));
        if (report.waivedCount() > 0) {
            tiles.add(new HtmlView.Tile("waived", report.waivedCount(),
                    words.count("waived", report.waivedCount())));
        }
        return tiles;
    }

    private HtmlView.Filters filters() {
        if (report.findings().isEmpty()) {
            return null;
        }
        List<HtmlView.Option> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            severities.add(new HtmlView.Option(s.name(), words.get("html.severity." + s.name())));
        }
        List<HtmlView.Option> families = report.findings().stream().map(Finding::family).distinct()
                .sorted(RuleFamilies.ORDER)
                .map(f -> new HtmlView.Option(f, context.messages().has("html.family." + f)
                        ? words.get("html.family." + f) + " (" + f + ")" : f))
                .toList();
        return new HtmlView.Filters(words.get("html.filters.title"), words.get("html.filters.severity"), severities,
                words.get("html.filters.family"), families,
                report.waivedCount() > 0 ? words.get("html.filters.waived") : null,
                words.get("html.filters.onlyGaps"), words.get("html.filters.status"));
    }

    private HtmlView.Section suggestions() {
        if (report.meeting() == null || report.suggestions().isEmpty()) {
            return null;
        }
        List<HtmlView.Fact> items = new ArrayList<>();
        for (Suggestion s : report.suggestions()) {
            items.add(new HtmlView.Fact(s.rule(), context.messages().suggestion(s)));
        }
        return new HtmlView.Section("suggestions", words.get("text.section.suggestions"), items);
    }

    private HtmlView.Section fixed() {
        if (report.baseline() == null || report.baseline().fixed().isEmpty()) {
            return null;
        }
        List<HtmlView.Fact> items = new ArrayList<>();
        for (Baseline.Entry e : report.baseline().fixed()) {
            String kind = context.messages().has("subject." + e.subject().type())
                    ? words.get("subject." + e.subject().type()) : e.subject().type();
            items.add(new HtmlView.Fact(e.rule(), words.capitalised(kind) + " " + e.subject().id() + ": "
                    + e.message()));
        }
        return new HtmlView.Section("fixed", words.get("text.section.fixed", report.baseline().source()), items);
    }
}
