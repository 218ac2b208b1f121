package fi.perhekeskus.pkcheck.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The history for a terminal: per region, its runs oldest first with their counts and what is new and fixed,
 * then the open errors of each area and tier from run to run ("2 → 1 → 0").
 */
final class HistoryText implements HistoryWriter {

    @Override
    public void write(Trend trend, Context context, Writer writer) throws IOException {
        HistoryWords w = context.words();
        PrintWriter out = new PrintWriter(writer);
        if (trend.steps().isEmpty()) {
            out.println(context.nothingToShow());
            out.flush();
            return;
        }
        boolean first = true;
        for (String region : trend.regions()) {
            List<Trend.Step> steps = trend.of(region);
            if (!first) {
                out.println();
            }
            first = false;
            out.println(w.get("history.title", steps.get(steps.size() - 1).run().regionTitle()));
            out.println();
            out.println(w.get("history.runs.title") + ":");
            for (Trend.Step s : steps) {
                StoredRun r = s.run();
                String label = r.label() == null || r.label().isBlank() ? "" : "  \u201c" + r.label() + "\u201d";
                out.println("  " + w.get("history.run.line", r.id(), w.time(r.recordedAt()), w.date(r.checkDate()),
                        label));
                out.println("      " + w.get("history.run.counts", w.counts(r.summary()), s.added().size(),
                        s.fixed().size()) + (s.previous() == null ? " (" + w.get("history.run.first") + ")" : ""));
            }
            out.println();
            out.println(change(steps, w));
            Map<Trend.CellKey, List<Trend.Point>> cells = trend.cells(region);
            if (!cells.isEmpty()) {
                out.println();
                out.println(w.get("history.cells.title") + ":");
                Map<String, String> areaNames = trend.areaNames(region);
                cells.forEach((key, points) -> out.println("  " + w.area(key.area(), areaNames.get(key.area()))
                        + ", " + w.messages().get("tier." + key.tier()) + ": " + points.stream()
                        .map(p -> p.errors() == null ? w.get("history.cells.none") : String.valueOf(p.errors()))
                        .collect(Collectors.joining(" \u2192 "))));
            }
        }
        out.flush();
    }

    /** "Open errors now 2, at the first check 8: a change of -75%." */
    static String change(List<Trend.Step> steps, HistoryWords w) {
        long first = steps.get(0).run().summary().errors();
        long last = steps.get(steps.size() - 1).run().summary().errors();
        String percent = w.change(first, last);
        return percent == null ? w.get("history.change.none", last, first) : w.get("history.change", last, first, percent);
    }
}
