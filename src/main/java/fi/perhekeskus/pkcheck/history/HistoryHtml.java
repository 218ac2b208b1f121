package fi.perhekeskus.pkcheck.history;

import fi.perhekeskus.pkcheck.render.PageResources;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The history as one self-contained HTML page for the steering group: per region, the trend of open errors
 * and warnings as an SVG chart drawn here, the latest run's readiness matrix with an arrow per cell for better
 * or worse than the run before, the runs with what is new and fixed, and each area and tier over time.
 * Written with a mustache template that escapes every value; the page loads nothing and runs no script.
 */
final class HistoryHtml implements HistoryWriter {

    private static final String ROOT = "pkcheck/history/";

    /** The new and fixed findings listed per run at most; the rest are counted. */
    static final int MAX_LISTED = 40;

    private final Mustache template = new DefaultMustacheFactory(ROOT).compile("history.mustache");
    private final String css = PageResources.text(ROOT + "history.css");

    record Page(String lang, String title, String heading, String csp, String css, List<Region> regions,
                String empty, String footer) {
    }

    record Region(String title, String change, String chartTitle, String chart, Matrix matrix, Table runs,
                  Table cells, List<Changes> changes) {
    }

    record Matrix(String title, String intro, String caption, String corner, List<String> columns, List<Row> rows) {
    }

    record Row(String header, List<Cell> cells) {
    }

    record Cell(String cls, String text, String arrow, String trend) {
    }

    record Table(String title, String caption, List<String> columns, List<List<String>> rows) {
    }

    record Changes(String title, List<String> items, String more) {
    }

    @Override
    public void write(Trend trend, Context context, Writer out) throws IOException {
        HistoryWords w = context.words();
        List<Region> regions = new ArrayList<>();
        for (String region : trend.regions()) {
            regions.add(region(trend, region, w));
        }
        String name = regions.size() == 1 ? regions.get(0).title() : w.get("history.allRegions");
        String csp = "default-src 'none'; style-src '" + PageResources.cspHash(css) + "'; base-uri 'none'; form-action 'none'";
        Page page = new Page(w.messages().language().name(), w.get("history.title", name), w.get("history.heading"),
                csp, css, regions, regions.isEmpty() ? context.nothingToShow() : null,
                w.get("history.footer", context.toolVersion()));
        template.execute(out, page);
        out.flush();
    }

    private static Region region(Trend trend, String region, HistoryWords w) {
        List<Trend.Step> steps = trend.of(region);
        Trend.Step latest = steps.get(steps.size() - 1);
        List<TrendChart.Run> points = steps.stream().map(s -> new TrendChart.Run(w.date(s.run().checkDate()),
                s.run().summary().errors(), s.run().summary().warnings())).toList();
        String chart = TrendChart.svg(points, w.get("history.chart.title"), w.get("history.chart.desc", steps.size(),
                        steps.get(0).run().summary().errors(), latest.run().summary().errors()),
                w.get("history.chart.errors"), w.get("history.chart.warnings"));
        return new Region(latest.run().regionTitle(), HistoryText.change(steps, w), w.get("history.chart.title"),
                chart, matrix(trend, region, latest, w), runs(steps, w), cells(trend, region, steps, w),
                changes(latest, w));
    }

    /** The latest run's matrix: open errors and warnings per area and tier, with the change since the run before. */
    private static Matrix matrix(Trend trend, String region, Trend.Step latest, HistoryWords w) {
        Set<String> tiers = new LinkedHashSet<>();
        Set<String> areas = new LinkedHashSet<>();
        areas.add("");
        latest.run().cells().stream().map(RunSnapshot.Cell::tier).sorted((a, b) -> Integer.compare(
                Trend.tierRank(a), Trend.tierRank(b))).forEach(tiers::add);
        latest.run().cells().stream().map(RunSnapshot.Cell::area).sorted().forEach(areas::add);
        Map<String, String> names = trend.areaNames(region);
        List<Row> rows = new ArrayList<>();
        for (String area : areas) {
            List<Cell> cells = new ArrayList<>();
            for (String tier : tiers) {
                cells.add(cell(find(latest.run(), area, tier),
                        latest.previous() == null ? null : find(latest.previous(), area, tier), latest.previous() != null,
                        w));
            }
            rows.add(new Row(w.area(area, names.get(area)), cells));
        }
        return new Matrix(w.get("history.matrix.title"), w.get("history.matrix.intro"), w.get("history.matrix.caption"),
                w.get("html.matrix.area"), tiers.stream().map(w::tier).toList(), rows);
    }

    private static RunSnapshot.Cell find(StoredRun run, String area, String tier) {
        return run.cells().stream().filter(c -> c.area().equals(area) && c.tier().equals(tier)).findFirst()
                .orElse(null);
    }

    private static Cell cell(RunSnapshot.Cell now, RunSnapshot.Cell before, boolean hasPrevious, HistoryWords w) {
        if (now == null || (now.groups() != null && now.groups() == 0 && now.errors() + now.warnings() == 0)) {
            return new Cell("grey", w.get("history.matrix.empty"), null, null);
        }
        String cls = now.errors() > 0 ? "red" : now.warnings() > 0 ? "amber" : "green";
        String text = now.errors() + now.warnings() == 0 ? w.messages().get("html.status.ok")
                : now.warnings() == 0 ? w.count("error", now.errors())
                : now.errors() == 0 ? w.count("warning", now.warnings())
                : w.count("error", now.errors()) + ", " + w.count("warning", now.warnings());
        if (!hasPrevious) {
            return new Cell(cls, text, null, null);
        }
        if (before == null) {
            return new Cell(cls, text, "\u2022", w.get("history.matrix.new"));
        }
        int compared = now.errors() != before.errors() ? Long.compare(now.errors(), before.errors())
                : Long.compare(now.warnings(), before.warnings());
        return compared < 0 ? new Cell(cls, text, "\u2193", w.get("history.matrix.better"))
                : compared > 0 ? new Cell(cls, text, "\u2191", w.get("history.matrix.worse"))
                : new Cell(cls, text, "=", w.get("history.matrix.same"));
    }

    private static Table runs(List<Trend.Step> steps, HistoryWords w) {
        List<String> columns = List.of("run", "recorded", "checkDate", "label", "errors", "warnings", "infos", "waived",
                "new", "fixed").stream().map(c -> w.get("history.col." + c)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Trend.Step s : steps) {
            StoredRun r = s.run();
            rows.add(List.of(String.valueOf(r.id()), w.time(r.recordedAt()), w.date(r.checkDate()),
                    r.label() == null ? "" : r.label(), String.valueOf(r.summary().errors()),
                    String.valueOf(r.summary().warnings()), String.valueOf(r.summary().infos()),
                    String.valueOf(r.summary().waived()), String.valueOf(s.added().size()),
                    String.valueOf(s.fixed().size())));
        }
        return new Table(w.get("history.runs.title"), w.get("history.runs.caption"), columns, rows);
    }

    private static Table cells(Trend trend, String region, List<Trend.Step> steps, HistoryWords w) {
        List<String> columns = new ArrayList<>();
        columns.add(w.get("history.cells.cell"));
        steps.forEach(s -> columns.add(w.date(s.run().checkDate())));
        Map<String, String> names = trend.areaNames(region);
        List<List<String>> rows = new ArrayList<>();
        trend.cells(region).forEach((key, points) -> {
            List<String> row = new ArrayList<>();
            row.add(w.area(key.area(), names.get(key.area())) + ", " + w.messages().get("tier." + key.tier()));
            points.forEach(p -> row.add(p.errors() == null ? w.get("history.cells.none") : String.valueOf(p.errors())));
            rows.add(row);
        });
        return new Table(w.get("history.cells.title"), w.get("history.cells.caption"), columns, rows);
    }

    private static List<Changes> changes(Trend.Step latest, HistoryWords w) {
        return List.of(listed(w.get("history.changes.new", latest.added().size()), latest.added(), w),
                listed(w.get("history.changes.fixed", latest.fixed().size()), latest.fixed(), w));
    }

    private static Changes listed(String title, List<RunSnapshot.Item> items, HistoryWords w) {
        // "TERM-001 Jäsenyyden toimikausi ei ole voimassa tarkistuspäivänä – jäsenyys ohry/H-7dce7993": the rule's
        // title says what a steering group reads the list for; a user's rule without a title is its id alone.
        List<String> lines = items.stream().limit(MAX_LISTED).map(i -> i.rule()
                + (w.messages().has("title." + i.rule()) ? " " + w.get("title." + i.rule()) : "") + " \u2013 "
                + (w.messages().has("subject." + i.subjectType()) ? w.get("subject." + i.subjectType())
                : i.subjectType()) + " " + i.subjectId()).toList();
        String more = items.size() > MAX_LISTED ? w.get("history.changes.more", items.size() - MAX_LISTED)
                : items.isEmpty() ? w.get("history.changes.none") : null;
        return new Changes(title, lines, more);
    }


}
