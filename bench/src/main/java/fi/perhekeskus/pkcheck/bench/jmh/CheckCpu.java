package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import fi.perhekeskus.pkcheck.bench.PlainChecker;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.network.NetworkFacts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Check time as CPU time of the checking thread, for machines that other work keeps busy: there wall time
 * measures the machine, while the thread's CPU time barely moves. Loads the facts once, then per target
 * runs {@code runs} whole checks and prints the median thread CPU time and wall time:
 *
 * <pre>
 * java -cp ... fi.perhekeskus.pkcheck.bench.jmh.CheckCpu DATA_DIR plain,subset,all,REP-001 5
 * </pre>
 *
 * {@code plain} is {@link PlainChecker}, {@code subset} the Drools rules of its ids, {@code all} the check as
 * {@link Checker} runs it, {@code network} only the network facts that both read off the graph (NET rules),
 * any other word one rule id alone (as {@link RuleBenchmark}, without a baseline; {@code none}: inserting
 * the facts into a KieBase with no rule).
 */
public final class CheckCpu {

    private CheckCpu() {
    }

    public static void main(String[] args) {
        Facts facts = BenchFacts.load(Path.of(args[0]), NetworkGenerator.DEFAULT_DATE);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String target : args[1].split(",")) {
            IntSupplier check = check(target, facts);
            long[] cpu = new long[runs];
            long[] wall = new long[runs];
            int findings = 0;
            for (int i = 0; i < runs; i++) {
                System.gc();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                findings = check.getAsInt();
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
                wall[i] = (System.nanoTime() - wall0) / 1_000_000;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("%-10s findings %7d  thread CPU median %7d ms  wall median %7d ms  (%d runs)%n",
                    target, findings, cpu[runs / 2], wall[runs / 2], runs);
        }
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
}
