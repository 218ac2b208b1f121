package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.facts.Facts;
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
 * Time per rule: each rule id alone in a KieBase of its own (its DRL rules only), one fresh session per
 * operation that inserts every fact and fires. {@code rule=none} is the same with no rule at all: the cost
 * of inserting the facts, to subtract. This measures matching (left-hand sides, where the cost of a rule
 * is) as well as firing; an agenda listener timing beforeMatchFired→afterMatchFired would see only the
 * consequences. Rules that share nodes with others cost a little less together than alone.
 *
 * <p>The default list is the catalogue's ids except MEET (which need a meeting) and WAIVER (which need
 * waivers); pass {@code -p rule=...} for others.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g"})
public class RuleBenchmark {

    @Param({"none", "DATA-001", "DATA-002", "DATA-003", "DATA-004", "DATA-005", "STRUCT-001", "STRUCT-002",
        "STRUCT-003", "STRUCT-004", "STRUCT-005", "STRUCT-006", "CHAIR-001", "CHAIR-002", "CHAIR-003", "CHAIR-004",
        "CHAIR-005", "REP-001", "REP-002", "REP-003", "SIZE-001", "ROLE-001", "ROLE-002", "ROLE-003", "ROLE-004",
        "TERM-001", "TERM-002", "TERM-003", "TERM-004", "NET-001", "NET-002", "NET-003"})
    public String rule;

    @Param("100000")
    public int size;

    @Param("synthetic")
    public String model;

    @Param("42")
    public long seed;

    @Param("bench/target/data")
    public String dataRoot;

    private Facts facts;
    private RuleSubset alone;

    @Setup(Level.Trial)
    public void setUp() {
        facts = BenchData.facts(dataRoot, model, size, seed);
        alone = new RuleSubset(rule::equals);
        if (!"none".equals(rule) && alone.rules() == 0) {
            throw new IllegalArgumentException("no built-in rule has the id " + rule);
        }
        System.err.println(rule + ": " + alone.check(facts).size() + " findings");
    }

    @Benchmark
    public int check() {
        return alone.check(facts).size();
    }
}
