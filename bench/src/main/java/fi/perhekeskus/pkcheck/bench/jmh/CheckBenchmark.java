package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.PlainChecker;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.report.Finding;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Check time in one JVM, on the same facts (loading and fact building are outside the measurement):
 * <ul>
 *   <li>{@code plain}: the plain-Java reference, rules STRUCT-003, CHAIR-001..003, REP-001/002, TERM-001,
 *       NET-001 — the floor;</li>
 *   <li>{@code droolsSubset}: the Drools rules of exactly those ids, in a KieBase without the others;</li>
 *   <li>{@code droolsAll}: every built-in rule, as {@code pkcheck check} runs them ({@link Checker}).</li>
 * </ul>
 * Single-shot: each operation is one whole check of a fresh session. Before measuring (up to
 * {@code verifyUpTo} memberships) the setup checks that plain and droolsSubset agree, as PlainReferenceTest
 * does on small data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g"})
public class CheckBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    @Param("synthetic")
    public String model;

    @Param("42")
    public long seed;

    @Param("bench/target/data")
    public String dataRoot;

    @Param("100000")
    public int verifyUpTo;

    private Facts facts;
    private PlainChecker plain;
    private RuleSubset subset;
    private Checker all;

    @Setup(Level.Trial)
    public void setUp() {
        facts = BenchData.facts(dataRoot, model, size, seed);
        plain = new PlainChecker();
        subset = new RuleSubset(Set.copyOf(PlainChecker.RULES)::contains);
        all = new Checker(RuleBase.build(List.of()));
        if (size <= verifyUpTo) {
            List<String> a = plain.check(facts).stream().map(BenchFacts::key).sorted().toList();
            List<String> b = subset.check(facts).stream().map(BenchFacts::key).sorted().toList();
            if (!a.equals(b)) {
                throw new IllegalStateException("plain reference and Drools disagree at " + size + " memberships: "
                        + a.size() + " vs " + b.size() + " findings");
            }
            System.err.println("plain reference and Drools agree: " + a.size() + " findings");
        }
    }

    @Benchmark
    public List<Finding> plain() {
        return plain.check(facts);
    }

    @Benchmark
    public List<Finding> droolsSubset() {
        return subset.check(facts);
    }

    @Benchmark
    public List<Finding> droolsAll() {
        return all.check(facts, id -> true);
    }
}
