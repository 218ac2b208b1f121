package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import fi.perhekeskus.pkcheck.bench.PlainChecker;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.GroupMunicipality;
import fi.perhekeskus.pkcheck.facts.GroupSeats;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.network.NetworkFacts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Check time as CPU time of the checking thread, for machines that other work keeps busy: there wall time
 * measures the machine, while the thread's CPU time barely moves. Loads the facts once, then per target
 * runs {@code runs} whole checks and prints the median thread CPU time and wall time:
 *
 * <pre>
 * java -cp ... fi.perhekeskus.pkcheck.bench.jmh.CheckCpu DATA_DIR plain,subset,all,REP-001,plain/subset 5
 * </pre>
 *
 * {@code plain} is {@link PlainChecker}, {@code subset} the Drools rules of its ids, {@code all} the check as
 * {@link Checker} runs it, {@code network} only the network facts that both read off the graph (NET rules),
 * {@code derived} the per-group and per-tier facts the fact builder makes for the rules (see {@link #derived}),
 * {@code a/b} two targets by turns with the ratio of each pair (see {@link #paired}), any other word one rule
 * id alone (as {@link RuleBenchmark}, without a baseline; {@code none}: inserting the facts into a KieBase with
 * no rule).
 */
public final class CheckCpu {

    private CheckCpu() {
    }

    public static void main(String[] args) {
        Facts facts = BenchFacts.load(Path.of(args[0]), NetworkGenerator.DEFAULT_DATE);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (String target : args[1].split(",")) {
            if (target.contains("/")) {
                paired(target.split("/"), facts, runs);
                continue;
            }
            IntSupplier check = check(target, facts);
            long[] cpu = new long[runs];
            long[] wall = new long[runs];
            int findings = 0;
            for (int i = 0; i < runs; i++) {
                long[] took = time(check);
                findings = (int) took[2];
                cpu[i] = took[0];
                wall[i] = took[1];
            }
            System.out.printf("%-10s findings %7d  thread CPU median %7d ms  wall median %7d ms  (%d runs)%n",
                    target, findings, median(cpu), median(wall), runs);
        }
    }

    /**
     * {@code a/b} (e.g. {@code plain/subset}): the two run by turns, so that both see the same state of the
     * JVM and the machine; prints each one's median thread CPU time and the median of the ratios b / a of
     * the runs made side by side.
     */
    private static void paired(String[] pair, Facts facts, int runs) {
        IntSupplier first = check(pair[0], facts);
        IntSupplier second = check(pair[1], facts);
        long[] a = new long[runs];
        long[] b = new long[runs];
        double[] ratios = new double[runs];
        for (int i = 0; i < runs; i++) {
            a[i] = time(first)[0];
            b[i] = time(second)[0];
            ratios[i] = (double) b[i] / Math.max(1, a[i]);
        }
        Arrays.sort(ratios);
        System.out.printf("%s  thread CPU medians %d / %d ms, ratio of pairs: median %.2f, range %.2f-%.2f"
                + "  (%d pairs)%n", String.join("/", pair), median(a), median(b), ratios[runs / 2], ratios[0],
                ratios[runs - 1], runs);
    }

    /** One run after a collection: thread CPU ms, wall ms, the number of findings. */
    private static long[] time(IntSupplier check) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.gc();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        int findings = check.getAsInt();
        return new long[] {(threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000,
            (System.nanoTime() - wall0) / 1_000_000, findings};
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static IntSupplier check(String target, Facts facts) {
        switch (target) {
            case "plain": {
                PlainChecker plain = new PlainChecker();
                return () -> plain.check(facts).size();
            }
            case "subset": {
                RuleSubset subset = new RuleSubset(Set.copyOf(PlainChecker.RULES)::contains);
                return () -> subset.check(facts).size();
            }
            case "network": {
                return () -> NetworkFacts.of(facts).size();
            }
            case "derived": {
                return derived(facts);
            }
            case "all": {
                Checker all = new Checker(RuleBase.build(List.of()));
                return () -> all.check(facts, id -> true).size();
            }
            default: {
                RuleSubset alone = new RuleSubset(target::equals);
                return () -> alone.check(facts).size();
            }
        }
    }

    /**
     * What {@code FactBuilder} adds beside the data's own facts for the eight rules of {@code subset}, which the
     * plain reference does not read: each group's {@link GroupMunicipality} and {@link GroupSeats} facts (the
     * {@code TierSeats}, which only ROLE-002 reads, are left out). Timed from each group's entries, which the
     * builder has at hand as it makes them (grouping them here is not timed); add it to the {@code subset}
     * figure for a comparison that charges the engine for the helper facts its rules read.
     */
    private static IntSupplier derived(Facts facts) {
        Map<String, GroupFact> groups = new LinkedHashMap<>();
        Map<String, List<Member>> entries = new HashMap<>();
        for (Object fact : facts.all()) {
            if (fact instanceof GroupFact g) {
                groups.put(g.id(), g);
            } else if (fact instanceof Member s) {
                entries.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s);
            }
        }
        return () -> {
            List<Object> made = new ArrayList<>();
            for (GroupFact g : groups.values()) {
                FactBuilder.groupMunicipalities(g, made);
                made.add(GroupSeats.of(g, entries.getOrDefault(g.id(), List.of())));
            }
            return made.size();
        };
    }
}
