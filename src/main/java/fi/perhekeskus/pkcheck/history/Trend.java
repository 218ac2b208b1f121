package fi.perhekeskus.pkcheck.history;

import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The history read as a trend: each run beside the previous run of its region — which findings are new and
 * which were fixed, by (rule, subject) — and the open errors of each area and tier over the runs.
 */
public final class Trend {

    /** A run and what changed since the previous run of its region (the first run: every finding is new). */
    public record Step(StoredRun run, StoredRun previous, List<RunSnapshot.Item> added,
                       List<RunSnapshot.Item> fixed) {

        public Step {
            added = List.copyOf(added);
            fixed = List.copyOf(fixed);
        }
    }

    /** One cell's open errors (and groups) in one run; {@code errors} null where the run has no such cell. */
    public record Point(long runId, Long errors, Long warnings) {
    }

    /** An area ({@code ""}: the whole region) and a tier: a row of the trend by area and tier. */
    public record CellKey(String area, String tier) {
    }

    private final List<Step> steps;

    private Trend(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The trend of {@code runs}, which are in the store's order (oldest first). */
    public static Trend of(List<StoredRun> runs) {
        Map<String, StoredRun> lastOfRegion = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        for (StoredRun run : runs) {
            StoredRun previous = lastOfRegion.put(run.region(), run);
            steps.add(compare(run, previous));
        }
        return new Trend(steps);
    }

    private static Step compare(StoredRun run, StoredRun previous) {
        Set<String> before = keys(previous == null ? List.of() : previous.findings());
        Set<String> now = keys(run.findings());
        List<RunSnapshot.Item> added = distinct(run.findings()).stream().filter(f -> !before.contains(f.key()))
                .toList();
        List<RunSnapshot.Item> fixed = previous == null ? List.of()
                : distinct(previous.findings()).stream().filter(f -> !now.contains(f.key())).toList();
        return new Step(run, previous, added, fixed);
    }

    /** One item per (rule, subject): the same gap may be found twice in a run (two locations). */
    private static List<RunSnapshot.Item> distinct(List<RunSnapshot.Item> items) {
        Map<String, RunSnapshot.Item> byKey = new LinkedHashMap<>();
        items.forEach(i -> byKey.putIfAbsent(i.key(), i));
        return List.copyOf(byKey.values());
    }

    private static Set<String> keys(List<RunSnapshot.Item> items) {
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(i -> keys.add(i.key()));
        return keys;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The last step, or null for an empty history. */
    public Step latest() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    /** The runs of {@code region}, oldest first. */
    public List<Step> of(String region) {
        return steps.stream().filter(s -> s.run().region().equals(region)).toList();
    }

    /** The regions in the order their first run was recorded. */
    public List<String> regions() {
        Set<String> regions = new LinkedHashSet<>();
        steps.forEach(s -> regions.add(s.run().region()));
        return List.copyOf(regions);
    }

    /**
     * The open errors and warnings of each area and tier over the runs of {@code region}, one point per run
     * (oldest first), in the order of area (the whole region first) and the tiers' order of appearance.
     */
    public Map<CellKey, List<Point>> cells(String region) {
        List<Step> ofRegion = of(region);
        Map<CellKey, Map<Long, RunSnapshot.Cell>> byKey = new TreeMap<>((a, b) -> {
            int byArea = a.area().compareTo(b.area());
            int byTier = Integer.compare(tierRank(a.tier()), tierRank(b.tier()));
            return byArea != 0 ? byArea : byTier != 0 ? byTier : a.tier().compareTo(b.tier());
        });
        for (Step s : ofRegion) {
            for (RunSnapshot.Cell c : s.run().cells()) {
                byKey.computeIfAbsent(new CellKey(c.area(), c.tier()), k -> new HashMap<>()).put(s.run().id(), c);
            }
        }
        Map<CellKey, List<Point>> result = new LinkedHashMap<>();
        byKey.forEach((key, cells) -> {
            List<Point> points = new ArrayList<>();
            for (Step s : ofRegion) {
                RunSnapshot.Cell c = cells.get(s.run().id());
                points.add(new Point(s.run().id(), c == null ? null : c.errors(), c == null ? null : c.warnings()));
            }
            result.put(key, points);
        });
        return result;
    }

    /** The areas' names as the latest run of {@code region} that names them gives them, by area id. */
    public Map<String, String> areaNames(String region) {
        Map<String, String> names = new HashMap<>();
        for (Step s : of(region)) {
            s.run().cells().stream().filter(c -> c.areaName() != null).forEach(c -> names.put(c.area(), c.areaName()));
        }
        return names;
    }

    /** Tiers from the top of the network down (the order of {@link Tier}), then any other. */
    static int tierRank(String tier) {
        for (Tier t : Tier.values()) {
            if (t.name().equals(tier)) {
                return t.ordinal();
            }
        }
        return Tier.values().length;
    }

    /** How many open findings of {@code severity} a step's run has. */
    public static long open(Step step, Severity severity) {
        RunSnapshot.Summary s = step.run().summary();
        return switch (severity) {
            case ERROR -> s.errors();
            case WARNING -> s.warnings();
            case INFO -> s.infos();
        };
    }
}
