package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report for a person at a terminal: data problems first, then the region and its areas, then
 * tier by tier and group by group, then people and organisations; errors first within each; a summary.
 */
public final class TextRenderer implements Renderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final Map<Severity, String> COLOURS = Map.of(
            Severity.ERROR, "\u001b[31m", Severity.WARNING, "\u001b[33m", Severity.INFO, "\u001b[36m");

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        Messages m = context.messages();
        boolean colour = context.colour();
        out.write(bold(m.get("text.header", report.regionName(), report.modelId(), report.checkDate()), colour));
        out.write("\n");
        out.write(clean(m.get("text.datasets", String.join(", ", report.datasets()))) + "\n");
        if (!report.notRead().isEmpty()) {
            out.write(clean(m.get("text.notRead", String.join("; ", NotReadText.items(report.notRead(), m)))) + "\n");
        }
        if (report.baseline() != null) {
            long fresh = report.findings().stream().filter(report::isNew).count();
            out.write(clean(m.get("text.baseline", report.baseline().source(), fresh,
                    report.findings().size() - fresh, report.baseline().fixed().size())) + "\n");
        }
        if (report.meeting() != null) {
            out.write(clean(MeetingLine.of(report, m)) + "\n");
        }

        List<Finding> data = new ArrayList<>();
        List<Finding> region = new ArrayList<>();
        List<Finding> people = new ArrayList<>();
        Map<String, Map<String, List<Finding>>> byTier = new LinkedHashMap<>();
        report.tierOrder().forEach(t -> byTier.put(t, new TreeMap<>()));
        for (Finding f : report.findings()) {
            String type = f.subject().type();
            if ("DATA".equals(f.family())) {
                data.add(f);
            } else if (f.group() != null && report.groups().containsKey(f.group())) {
                String tier = report.groups().get(f.group()).tier();
                byTier.computeIfAbsent(tier == null ? "" : tier, t -> new TreeMap<>())
                        .computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
            } else if ("person".equals(type) || "organisation".equals(type)) {
                people.add(f);
            } else {
                region.add(f);
            }
        }
        section(out, report, m.get("text.section.data"), data, m, colour, true);
        section(out, report, m.get("text.section.region", report.regionName()), region, m, colour, true);
        for (var tier : byTier.entrySet()) {
            if (tier.getValue().isEmpty()) {
                continue;
            }
            String tierName = tier.getKey().isEmpty() ? m.get("text.section.noTier") : m.get("tier." + tier.getKey());
            out.write("\n" + bold(m.get("text.section.tier", tierName), colour) + "\n");
            for (var group : tier.getValue().entrySet()) {
                Report.GroupInfo info = report.groups().get(group.getKey());
                String name = info.name() == null || info.name().isBlank() ? "" : " — " + info.name();
                out.write("  " + bold(m.get("text.group", group.getKey()) + name, colour) + "\n");
                for (Finding f : group.getValue()) {
                    line(out, report, f, m, colour, "    ", !"group".equals(f.subject().type()));
                }
            }
        }
        section(out, report, m.get("text.section.people"), people, m, colour, true);
        if (!report.suggestions().isEmpty()) {
            out.write("\n" + bold(m.get("text.section.suggestions"), colour) + "\n");
            for (Suggestion suggestion : report.suggestions()) {
                out.write(clean("  " + String.format(Locale.ROOT, "%-10s", suggestion.rule()) + " "
                        + m.suggestion(suggestion)) + "\n");
            }
        }

        if (report.baseline() != null && !report.baseline().fixed().isEmpty()) {
            out.write("\n" + bold(m.get("text.section.fixed", report.baseline().source()), colour) + "\n");
            for (Baseline.Entry e : report.baseline().fixed()) {
                out.write(clean("  " + String.format(Locale.ROOT, "%-10s", e.rule()) + " ["
                        + m.get("subject." + e.subject().type()) + " " + e.subject().id() + "] " + e.message()) + "\n");
            }
        }
        out.write("\n");
        if (report.findings().isEmpty()) {
            out.write(m.get(context.cleanKey()) + "\n");
        }
        if (context.dataOnly()) {
            out.write(m.get("text.dataOnly") + "\n");
        }
        String waived = report.waivedCount() == 0 ? "" : m.get("text.summaryWaived", report.waivedCount());
        out.write(bold(m.get("text.summary", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO)) + waived, colour) + "\n");
    }

    private void section(Writer out, Report report, String title, List<Finding> findings, Messages m,
                         boolean colour, boolean showSubject) throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        out.write("\n" + bold(title, colour) + "\n");
        for (Finding f : findings) {
            line(out, report, f, m, colour, "  ", showSubject);
        }
    }

    private void line(Writer out, Report report, Finding f, Messages m, boolean colour, String indent,
                      boolean showSubject) throws IOException {
        int width = 0;
        for (Severity s : Severity.values()) {
            width = Math.max(width, m.get("severity." + s.name()).length());
        }
        String severity = String.format(Locale.ROOT, "%-" + width + "s", m.get("severity." + f.severity().name()));
        if (colour) {
            severity = COLOURS.get(f.severity()) + severity + RESET;
        }
        StringBuilder line = new StringBuilder()
                .append(String.format(Locale.ROOT, "%-10s", f.rule())).append(' ');
        if (showSubject) {
            line.append('[').append(m.get("subject." + f.subject().type())).append(' ')
                    .append(f.subject().id()).append("] ");
        }
        line.append(m.message(f));
        if (f.location() != null) {
            line.append("  (").append(m.where(f.location())).append(')');
        }
        report.waiver(f).ifPresent(w -> line.append("  [").append(m.get("text.waived", w.until(), w.reason()))
                .append(']'));
        if (report.baseline() != null && report.isNew(f)) {
            line.append("  [").append(m.get("text.new")).append(']');
        }
        out.write(indent + severity + ' ' + clean(line.toString()) + '\n');
    }

    private static String bold(String text, boolean colour) {
        String clean = clean(text);
        return colour ? BOLD + clean + RESET : clean;
    }

    /**
     * Text from the data with every character that could steer a terminal replaced by U+FFFD: control
     * characters (an escape sequence could recolour the screen, move the cursor or forge a line), line and
     * paragraph separators, and the bidirectional controls that make text read differently than it is stored.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u061C'
                    || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            if (unsafe && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(unsafe ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
