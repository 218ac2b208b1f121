package fi.perhekeskus.pkcheck.render;

import static fi.perhekeskus.pkcheck.render.MarkdownText.html;
import static fi.perhekeskus.pkcheck.render.MarkdownText.inline;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report as GitHub-flavoured Markdown for a pull-request comment: a title, a summary table, the
 * findings grouped as in the text report (data, region, tier by tier and group by group, people; errors
 * first) in collapsible blocks, the meeting's suggestions and what a baseline had that is fixed. It never
 * grows past what a comment may hold: entries are cut in report order, so errors are the last to go, and
 * the comment ends by saying how many were left out.
 */
public final class MarkdownRenderer implements Renderer {

    /** GitHub refuses comments over 65,536 characters; the margin leaves room for a bot's own lines. */
    static final int LIMIT = 60_000;

    /** The most characters shown of one value, so that one absurd name cannot take the whole comment. */
    static final int CELL = 500;

    private static final Map<Severity, String> ICONS = Map.of(
            Severity.ERROR, "❌", Severity.WARNING, "⚠️", Severity.INFO, "ℹ️");

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        Messages m = context.messages();
        String head = head(report, context);
        List<Section> sections = new ArrayList<>(findingSections(report, m));
        // Whom to invite comes first in priority (it is short, and the point of a meeting report), then
        // the findings in report order, then the fixed ones: each entry's rank says where it stands.
        sections.add(suggestions(report, m));
        sections.add(fixed(report, m));
        List<Entry> entries = sections.stream().flatMap(s -> s.groups().stream())
                .flatMap(g -> g.entries().stream()).toList();
        int budget = LIMIT - head.length() - more(entries.size(), m).length();
        int kept = fit(sections, entries.size(), budget);

        StringBuilder text = new StringBuilder(head);
        sections.forEach(s -> s.write(text, kept));
        if (kept < entries.size()) {
            text.append(more(entries.size() - kept, m));
        }
        out.write(text.toString());
    }

    /** The title, the datasets, meeting and baseline lines, and the summary table. */
    private static String head(Report report, RenderContext context) {
        Messages m = context.messages();
        StringBuilder out = new StringBuilder();
        out.append("## ").append(inline(m.get("text.header", report.regionName(), report.modelId(),
                report.checkDate()), CELL)).append("\n\n");
        out.append(inline(m.get("text.datasets", String.join(", ", report.datasets())), CELL)).append("\n\n");
        if (!report.notRead().isEmpty()) {
            out.append(inline(m.get("text.notRead", String.join("; ", NotReadText.items(report.notRead(), m))), CELL))
                    .append("\n\n");
        }
        if (report.meeting() != null) {
            out.append(inline(MeetingLine.of(report, m), CELL)).append("\n\n");
        }
        long fresh = report.findings().stream().filter(report::isNew).count();
        if (report.baseline() != null) {
            out.append(inline(m.get("text.baseline", report.baseline().source(), fresh,
                    report.findings().size() - fresh, report.baseline().fixed().size()), CELL)).append("\n\n");
        }
        List<String> titles = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            titles.add(severity(s, m));
            counts.add(String.valueOf(report.count(s)));
        }
        titles.add(inline(m.get("md.waived"), CELL));
        counts.add(String.valueOf(report.waivedCount()));
        if (report.baseline() != null) {
            titles.add(inline(m.get("text.new"), CELL));
            counts.add(String.valueOf(fresh));
            titles.add(inline(m.get("md.fixed"), CELL));
            counts.add(String.valueOf(report.baseline().fixed().size()));
        }
        out.append(row(titles)).append(row(titles.stream().map(t -> "---:").toList())).append(row(counts))
                .append('\n');
        if (report.findings().isEmpty()) {
            out.append(inline(m.get(context.cleanKey()), CELL)).append("\n\n");
        }
        if (context.dataOnly()) {
            out.append(inline(m.get("text.dataOnly"), CELL)).append("\n\n");
        }
        return out.toString();
    }

    /** The findings' sections in the text report's order: data, region, each tier by group, people. */
    private static List<Section> findingSections(Report report, Messages m) {
        List<Entry> data = new ArrayList<>();
        List<Entry> region = new ArrayList<>();
        List<Entry> people = new ArrayList<>();
        Map<String, Map<String, List<Entry>>> byTier = new LinkedHashMap<>();
        report.tierOrder().forEach(t -> byTier.put(t, new TreeMap<>()));
        List<Finding> findings = report.findings();
        int first = report.suggestions().size();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Entry entry = entry(report, f, first + i, m);
            String type = f.subject().type();
            if ("DATA".equals(f.family())) {
                data.add(entry);
            } else if (f.group() != null && report.groups().containsKey(f.group())) {
                String tier = report.groups().get(f.group()).tier();
                byTier.computeIfAbsent(tier == null ? "" : tier, t -> new TreeMap<>())
                        .computeIfAbsent(f.group(), g -> new ArrayList<>()).add(entry);
            } else if ("person".equals(type) || "organisation".equals(type)) {
                people.add(entry);
            } else {
                region.add(entry);
            }
        }
        String table = tableHead(m);
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(m.get("text.section.data"), List.of(new Group(table, data))));
        sections.add(Section.of(m.get("text.section.region", report.regionName()), List.of(new Group(table, region))));
        for (var tier : byTier.entrySet()) {
            String tierName = tier.getKey().isEmpty() ? m.get("text.section.noTier") : m.get("tier." + tier.getKey());
            List<Group> groups = new ArrayList<>();
            for (var group : tier.getValue().entrySet()) {
                Report.GroupInfo info = report.groups().get(group.getKey());
                String name = info.name() == null || info.name().isBlank() ? "" : " — " + info.name();
                String heading = "**" + inline(m.get("text.group", group.getKey()) + name, CELL) + "**\n\n";
                groups.add(new Group(heading + table, group.getValue()));
            }
            sections.add(Section.of(m.get("text.section.tier", tierName), groups));
        }
        sections.add(Section.of(m.get("text.section.people"), List.of(new Group(table, people))));
        return sections;
    }

    /** A finding's table row: severity, rule, subject, message (with its waiver and novelty), file:line. */
    private static Entry entry(Report report, Finding f, int rank, Messages m) {
        StringBuilder message = new StringBuilder(inline(m.message(f), CELL));
        report.waiver(f).ifPresent(w -> message.append(" *(")
                .append(inline(m.get("text.waived", w.until(), w.reason()), CELL)).append(")*"));
        if (report.baseline() != null && report.isNew(f)) {
            message.append(" **").append(inline(m.get("text.new"), CELL)).append("**");
        }
        String text = row(List.of(severity(f.severity(), m), inline(f.rule(), CELL),
                subject(f.subject().type(), f.subject().id(), m), message.toString(), location(f.location(), m)));
        return new Entry(rank, text, f.severity() == Severity.ERROR && report.waiver(f).isEmpty());
    }

    /** Whom to invite, for a meeting report: one list item per gap. */
    private static Section suggestions(Report report, Messages m) {
        List<Entry> entries = new ArrayList<>();
        List<Suggestion> all = report.suggestions();
        for (int i = 0; i < all.size(); i++) {
            Suggestion s = all.get(i);
            entries.add(new Entry(i, "- **" + inline(s.rule(), CELL) + "** " + inline(m.suggestion(s), CELL) + "\n",
                    true));
        }
        return Section.of(m.get("text.section.suggestions"), List.of(new Group("", entries)));
    }

    /** What the baseline had that is gone now, as the baseline's own report worded it. */
    private static Section fixed(Report report, Messages m) {
        List<Entry> entries = new ArrayList<>();
        String source = "";
        if (report.baseline() != null) {
            source = report.baseline().source();
            int first = report.suggestions().size() + report.findings().size();
            List<Baseline.Entry> all = report.baseline().fixed();
            for (int i = 0; i < all.size(); i++) {
                Baseline.Entry e = all.get(i);
                Severity severity = e.severity() == null ? null : Severity.parse(e.severity());
                String text = row(List.of(
                        severity == null ? inline(String.valueOf(e.severity()), CELL) : severity(severity, m),
                        inline(e.rule(), CELL), subject(e.subject().type(), e.subject().id(), m),
                        inline(String.valueOf(e.message()), CELL), location(e.location(), m)));
                entries.add(new Entry(first + i, text, false));
            }
        }
        return Section.of(m.get("text.section.fixed", source), List.of(new Group(tableHead(m), entries)));
    }

    /**
     * How many entries, taken by rank from the first, fit in {@code budget} characters together with the
     * section openings, group headings and table heads they bring with them.
     */
    private static int fit(List<Section> sections, int count, int budget) {
        Section[] sectionOf = new Section[count];
        Group[] groupOf = new Group[count];
        Entry[] byRank = new Entry[count];
        for (Section s : sections) {
            for (Group g : s.groups()) {
                for (Entry e : g.entries()) {
                    sectionOf[e.rank()] = s;
                    groupOf[e.rank()] = g;
                    byRank[e.rank()] = e;
                }
            }
        }
        Set<Object> opened = Collections.newSetFromMap(new IdentityHashMap<>());
        int used = 0;
        for (int rank = 0; rank < count; rank++) {
            Section section = sectionOf[rank];
            Group group = groupOf[rank];
            int cost = byRank[rank].text().length() + (opened.contains(section) ? 0 : section.overhead())
                    + (opened.contains(group) ? 0 : group.overhead());
            if (used + cost > budget) {
                return rank;
            }
            used += cost;
            opened.add(section);
            opened.add(group);
        }
        return count;
    }

    private static String more(int left, Messages m) {
        return "**" + inline(m.get("md.more", left), CELL) + "**\n";
    }

    private static String tableHead(Messages m) {
        List<String> columns = List.of("severity", "rule", "subject", "message", "location");
        return row(columns.stream().map(c -> inline(m.get("column." + c), CELL)).toList())
                + row(columns.stream().map(c -> "---").toList());
    }

    private static String severity(Severity severity, Messages m) {
        return ICONS.get(severity) + " " + inline(m.get("severity." + severity.name()), CELL);
    }

    private static String subject(String type, String id, Messages m) {
        String key = "subject." + type;
        return inline((m.has(key) ? m.get(key) : type) + " " + id, CELL);
    }

    private static String location(Location location, Messages m) {
        if (location != null && location.sheet() != null) {
            // A cell is named by its letters and row; a whole row in the reader's words ("rivi 12").
            return inline(location.column() > 0 ? location.toString() : m.where(location), CELL);
        }
        return location == null ? "" : inline(location.file(), CELL) + ":" + location.line();
    }

    /** One row of a Markdown table; the cells are escaped already. */
    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /**
     * One line of output — a table row or a list item — and its rank: its place in the order of cutting.
     *
     * @param opens whether its section is open from the start: an error that is not waived, or a suggestion
     */
    private record Entry(int rank, String text, boolean opens) {
    }

    /** Entries under one heading (and table head); {@code head} is written only if an entry is kept. */
    private record Group(String head, List<Entry> entries) {

        int overhead() {
            return head.length() + 1;
        }

        void write(StringBuilder out, int kept) {
            List<Entry> shown = entries.stream().filter(e -> e.rank() < kept).toList();
            if (!shown.isEmpty()) {
                out.append(head);
                shown.forEach(e -> out.append(e.text()));
                out.append('\n');
            }
        }
    }

    /** A collapsible {@code <details>} block, written only if one of its entries is kept. */
    private record Section(String opening, List<Group> groups) {

        private static final String CLOSING = "</details>\n\n";

        /** A section titled {@code title}, open from the start when one of its entries asks for it. */
        static Section of(String title, List<Group> groups) {
            List<Entry> entries = groups.stream().flatMap(g -> g.entries().stream()).toList();
            boolean open = entries.stream().anyMatch(Entry::opens);
            return new Section("<details" + (open ? " open" : "") + "><summary><b>" + html(title, CELL) + "</b> ("
                    + entries.size() + ")</summary>\n\n", groups);
        }

        int overhead() {
            return opening.length() + CLOSING.length();
        }

        void write(StringBuilder out, int kept) {
            if (groups.stream().flatMap(g -> g.entries().stream()).noneMatch(e -> e.rank() < kept)) {
                return;
            }
            out.append(opening);
            groups.forEach(g -> g.write(out, kept));
            out.append(CLOSING);
        }
    }
}
