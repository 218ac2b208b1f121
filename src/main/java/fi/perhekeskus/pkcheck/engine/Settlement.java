package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one step that settles what the rules found, after they have fired, in this order:
 * <ol>
 * <li>the model's severity for each finding's tier, and the rules it switches off there (those findings go);</li>
 * <li>waivers: an expired one is WAIVER-001, an active one that matches no finding left after step 1 is
 *     WAIVER-002 (so a waiver of a finding the model switches off is reported), an active one that matches
 *     marks its finding;</li>
 * <li>the cap on findings per rule: beyond {@link #DEFAULT_CAP} findings of one rule (or the run's own cap),
 *     the rest are left out and one summary finding of that rule counts them, at the most serious severity
 *     among them, so that {@code --fail-on} still sees them;</li>
 * <li>the baseline: which findings are new, which remain, which are fixed;</li>
 * <li>{@code --fail-on}: {@link #fails}.</li>
 * </ol>
 * The WAIVER rules are this class's own: they judge the settled findings, which no DRL rule sees.
 */
public final class Settlement {

    /** The findings kept per rule unless the run says otherwise: at most this many, plus one summary. */
    public static final int DEFAULT_CAP = 1_000;

    /** The message key of a summary finding: "{0} more findings of {1} are not listed (at most {2} per rule)." */
    public static final String CAPPED_KEY = "settle.capped";

    /** The package name the rules of this step give in their metadata. */
    public static final String PACKAGE = "pkcheck.settle";

    /** The rules this step owns, with their metadata as DRL rules have it. */
    public static final List<RuleInfo> RULES = List.of(
            new RuleInfo("WAIVER-001", Severity.WARNING, "A waiver has expired", Settlement.PACKAGE),
            new RuleInfo("WAIVER-002", Severity.WARNING, "A waiver matches no finding", Settlement.PACKAGE));

    private final GovernanceModel model;
    private final List<Waiver> waivers;
    private final int cap;

    /**
     * @param model   the governance model, whose severities and {@code off} apply
     * @param waivers the run's waivers (none: an empty list)
     * @param cap     findings kept per rule; 0 or less keeps every finding
     */
    public Settlement(GovernanceModel model, List<Waiver> waivers, int cap) {
        this.model = model;
        this.waivers = List.copyOf(waivers);
        this.cap = cap;
    }

    /** What settling leaves: the findings in report order, and the waiver that accepts each waived one. */
    public record Settled(List<Finding> findings, Map<Finding, Waiver> waived) {

        /** Only the findings {@code keep} accepts, and their waivers. */
        public Settled narrowed(java.util.function.Predicate<Finding> keep) {
            List<Finding> kept = findings.stream().filter(keep).toList();
            Map<Finding, Waiver> keptWaived = new HashMap<>();
            kept.forEach(f -> {
                if (waived.containsKey(f)) {
                    keptWaived.put(f, waived.get(f));
                }
            });
            return new Settled(kept, keptWaived);
        }
    }

    /**
     * Settles the findings the rules inserted, judged on {@code checkDate}. {@code fired} may hold a finding more
     * than once and be in any order: what is listed is in report order, and findings that tie in it keep the
     * order of the rules' own severities, then of {@code fired}.
     *
     * <p>A national check fires a hundred thousand findings or more, of which the cap lists a few thousand; so only
     * each finding's settled severity is worked out for all of them, the first {@link #cap} of each rule are picked
     * without sorting the rest, and only those listed are made anew at the model's severity and sorted.
     */
    public Settled settle(List<Finding> fired, LocalDate checkDate) {
        List<Settling> kept = new ArrayList<>(fired.size());
        Map<Asked, Optional<Severity>> asked = new HashMap<>();
        // Each finding the first time it comes, in one pass: no linked copy of a national check's 140k findings.
        Set<Finding> seen = new HashSet<>(fired.size() * 4 / 3 + 16);
        for (Finding finding : fired) {
            if (seen.add(finding)) {
                settling(finding, kept, asked);
            }
        }
        if (!waivers.isEmpty()) {
            Set<String> found = new HashSet<>();
            kept.forEach(s -> found.add(key(s.finding().rule(), s.finding().subject().type(),
                    s.finding().subject().id())));
            for (Waiver w : waivers) {
                if (!w.activeOn(checkDate)) {
                    settling(waiverFinding(0, w).args(w.rule(), w.until()).detail("until", w.until().toString())
                            .build(), kept, asked);
                } else if (!found.contains(key(w.rule(), w.subjectType(), w.subjectId()))) {
                    settling(waiverFinding(1, w).args(w.rule()).build(), kept, asked);
                }
            }
        }
        List<Finding> listed = capped(kept);
        Map<Finding, Waiver> waived = new HashMap<>();
        if (!waivers.isEmpty()) {
            for (Finding f : listed) {
                if (!f.rule().startsWith("WAIVER-")) {
                    waivers.stream().filter(w -> w.matches(f) && w.activeOn(checkDate)).findFirst()
                            .ifPresent(w -> waived.put(f, w));
                }
            }
        }
        return new Settled(listed, waived);
    }

    /** {@code report} (made of settled findings) with its waivers and, where given, compared with a baseline. */
    public static Report complete(Report report, Map<Finding, Waiver> waived, Baseline baseline,
                                  List<Baseline.Entry> entries) {
        Report result = report.withWaivers(waived);
        if (baseline != null) {
            Set<String> current = result.findings().stream().map(Fingerprint::of).collect(Collectors.toSet());
            result = result.withBaseline(baseline.against(current, entries));
        }
        return result;
    }

    /** Whether the run fails {@code --fail-on threshold} (null: never): a counting finding at least that serious. */
    public static boolean fails(Report report, Severity threshold) {
        return report.fails(threshold);
    }

    /**
     * Adds {@code finding} to {@code kept} at the model's severity for its tier, unless the model switches it off.
     * The model's answer depends only on the rule, the tier and the rule's own severity: it is asked once per such
     * triple ({@code asked}), not once for each of a hundred thousand findings.
     */
    private void settling(Finding finding, List<Settling> kept, Map<Asked, Optional<Severity>> asked) {
        asked.computeIfAbsent(new Asked(finding.rule(), finding.tier(), finding.severity()),
                        a -> model.severityOf(a.rule(), a.tier(), a.severity()))
                .ifPresent(s -> kept.add(new Settling(finding, s, kept.size())));
    }

    /** What the model is asked of a finding's severity. */
    private record Asked(String rule, fi.perhekeskus.pkcheck.model.Tier tier, Severity severity) {
    }

    /**
     * A finding the rules made, with the severity the model gives it and its place among the findings settled: it
     * is made anew at that severity only if it is listed.
     */
    private record Settling(Finding finding, Severity severity, int index) {

        /**
         * The report order at the settled severity; where that ties, the order the findings had at their rules'
         * own severities ({@link Finding#ORDER}, which the rules' findings were once sorted by), then their place.
         */
        static final Comparator<Settling> ORDER = (a, b) -> {
            // By hand, not as a chain of key extractors: picking each rule's first findings compares a national
            // check's findings hundreds of thousands of times.
            int bySeverity = a.severity.compareTo(b.severity);
            if (bySeverity != 0) {
                return bySeverity;
            }
            int byFinding = Finding.AFTER_SEVERITY.compare(a.finding, b.finding);
            if (byFinding != 0) {
                return byFinding;
            }
            int byOwnSeverity = a.finding.severity().compareTo(b.finding.severity());
            return byOwnSeverity != 0 ? byOwnSeverity : Integer.compare(a.index, b.index);
        };

        Finding settled() {
            return severity == finding.severity() ? finding : finding.withSeverity(severity);
        }
    }

    private static Finding.Builder waiverFinding(int rule, Waiver w) {
        RuleInfo info = RULES.get(rule);
        return Finding.builder(info.id(), info.severity()).subject(w.subjectType(), w.subjectId())
                .at(w.location()).detail("waiverFor", w.rule());
    }

    /**
     * The first {@link #cap} findings of each rule in report order, and a summary of each rule's rest, sorted. A
     * rule's first findings are picked with a heap of {@link #cap} of them, so that the rest is never sorted.
     */
    private List<Finding> capped(List<Settling> kept) {
        Map<String, List<Settling>> byRule = new LinkedHashMap<>();
        for (Settling s : kept) {
            byRule.computeIfAbsent(s.finding().rule(), k -> new ArrayList<>()).add(s);
        }
        List<Settling> listed = new ArrayList<>(kept.size());
        List<Finding> summaries = new ArrayList<>();
        byRule.forEach((rule, findings) -> {
            if (cap <= 0 || findings.size() <= cap) {
                listed.addAll(findings);
                return;
            }
            List<Settling> first = first(findings, cap);
            listed.addAll(first);
            int[] left = new int[Severity.values().length];
            findings.forEach(s -> left[s.severity().ordinal()]++);
            first.forEach(s -> left[s.severity().ordinal()]--);
            Severity worst = Arrays.stream(Severity.values()).filter(s -> left[s.ordinal()] > 0).findFirst()
                    .orElseThrow();
            int rest = findings.size() - cap;
            summaries.add(Finding.builder(rule, worst).subject("dataset", model.id()).key(CAPPED_KEY)
                    .args(rest, rule, cap).detail("omitted", rest).detail("limit", cap).build());
        });
        listed.sort(Settling.ORDER);
        List<Finding> result = new ArrayList<>(listed.size() + summaries.size());
        listed.forEach(s -> result.add(s.settled()));
        if (!summaries.isEmpty()) {
            result.addAll(summaries);
            Finding.sort(result);
        }
        return result;
    }

    /** The first {@code n} of {@code findings} (more than {@code n}) in {@code order}, themselves in no order. */
    static <T> List<T> first(List<T> findings, int n, Comparator<? super T> order) {
        PriorityQueue<T> last = new PriorityQueue<>(n, order.reversed());
        for (T s : findings) {
            if (last.size() < n) {
                last.add(s);
            } else if (order.compare(s, last.peek()) < 0) {
                last.poll();
                last.add(s);
            }
        }
        return new ArrayList<>(last);
    }

    private static List<Settling> first(List<Settling> findings, int n) {
        return first(findings, n, Settling.ORDER);
    }

    private static String key(String rule, String type, String id) {
        return rule + '\u001f' + type + '\u001f' + id;
    }
}
