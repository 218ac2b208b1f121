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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Settles the findings the rules inserted, judged on {@code checkDate}. */
    public Settled settle(List<Finding> fired, LocalDate checkDate) {
        List<Finding> kept = new ArrayList<>(fired.size());
        for (Finding finding : new java.util.LinkedHashSet<>(fired)) {
            severity(finding).ifPresent(kept::add);
        }
        Set<String> found = new HashSet<>();
        kept.forEach(f -> found.add(key(f.rule(), f.subject().type(), f.subject().id())));
        for (Waiver w : waivers) {
            if (!w.activeOn(checkDate)) {
                severity(waiverFinding(0, w).args(w.rule(), w.until()).detail("until", w.until().toString())
                        .build()).ifPresent(kept::add);
            } else if (!found.contains(key(w.rule(), w.subjectType(), w.subjectId()))) {
                severity(waiverFinding(1, w).args(w.rule()).build()).ifPresent(kept::add);
            }
        }
        Finding.sort(kept);
        List<Finding> listed = capped(kept);
        Map<Finding, Waiver> waived = new HashMap<>();
        for (Finding f : listed) {
            if (!f.rule().startsWith("WAIVER-")) {
                waivers.stream().filter(w -> w.matches(f) && w.activeOn(checkDate)).findFirst()
                        .ifPresent(w -> waived.put(f, w));
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

    /** The finding at the model's severity for its tier, or empty where the model switches its rule off. */
    private Optional<Finding> severity(Finding finding) {
        return model.severityOf(finding.rule(), finding.tier(), finding.severity())
                .map(s -> s == finding.severity() ? finding : finding.withSeverity(s));
    }

    private static Finding.Builder waiverFinding(int rule, Waiver w) {
        RuleInfo info = RULES.get(rule);
        return Finding.builder(info.id(), info.severity()).subject(w.subjectType(), w.subjectId())
                .at(w.location()).detail("waiverFor", w.rule());
    }

    /** The first {@link #cap} findings of each rule in report order, and a summary of each rule's rest. */
    private List<Finding> capped(List<Finding> sorted) {
        if (cap <= 0) {
            return sorted;
        }
        Map<String, Integer> count = new HashMap<>();
        Map<String, List<Finding>> over = new LinkedHashMap<>();
        List<Finding> listed = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            if (count.merge(f.rule(), 1, Integer::sum) <= cap) {
                listed.add(f);
            } else {
                over.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
            }
        }
        if (over.isEmpty()) {
            return sorted;
        }
        String dataset = model.id();
        over.forEach((rule, rest) -> {
            Severity worst = rest.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
            listed.add(Finding.builder(rule, worst).subject("dataset", dataset).key(CAPPED_KEY)
                    .args(rest.size(), rule, cap).detail("omitted", rest.size()).detail("limit", cap).build());
        });
        Finding.sort(listed);
        return listed;
    }

    private static String key(String rule, String type, String id) {
        return rule + '\u001f' + type + '\u001f' + id;
    }
}
