package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.network.NetworkFacts;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.management.ObjectName;
import org.kie.api.runtime.KieSession;

/**
 * Live heap of a check, as {@code jmap -histo:live} would show it, at two points of one JVM: after building
 * the facts, and after the rules have fired with the session still open (facts, Drools' memories, findings).
 * Prints the total and the largest classes of each histogram:
 *
 * <pre>
 * java -Xmx6g -cp ... fi.perhekeskus.pkcheck.bench.jmh.CheckHeap DATA_DIR [TOP]
 * </pre>
 */
public final class CheckHeap {

    private CheckHeap() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Facts facts = BenchFacts.load(Path.of(args[0]), NetworkGenerator.DEFAULT_DATE);
        print("after building the facts", top);
        List<Object> network = NetworkFacts.of(facts);
        Set<Class<?>> types = new HashSet<>(Checker.kinds(false, false));
        facts.all().forEach(fact -> types.add(fact.getClass()));
        KieSession session = Checker.open(RuleBase.build(List.of()).kieBaseFor(types), facts, network);
        int fired = session.fireAllRules();
        print("after the check (" + fired + " rules fired, session open)", top);
        session.dispose();
    }

    private static void print(String when, int top) throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        String[] lines = histogram.split("\n");
        System.out.println("== " + when + ": " + lines[lines.length - 1].trim());
        for (int i = 0; i < Math.min(top + 2, lines.length - 1); i++) {
            System.out.println(lines[i]);
        }
    }
}
