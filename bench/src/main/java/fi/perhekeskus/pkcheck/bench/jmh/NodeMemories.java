package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.network.NetworkFacts;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.core.common.Memory;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Which rules keep the largest memories: after a check of DATA, every beta node's left and right memory size,
 * by the rules whose path passes through it (a shared node is listed under each rule). Run as
 * {@code java -cp "$cp" fi.perhekeskus.pkcheck.bench.jmh.NodeMemories DATA}.
 */
public final class NodeMemories {

    private NodeMemories() {
    }

    public static void main(String[] args) {
        Facts facts = BenchFacts.load(Path.of(args[0]), NetworkGenerator.DEFAULT_DATE);
        List<Object> network = NetworkFacts.of(facts);
        Set<Class<?>> types = new HashSet<>(Checker.kinds(false, false));
        facts.all().forEach(fact -> types.add(fact.getClass()));
        KieBase kieBase = RuleBase.build(List.of()).kieBaseFor(types);
        KieSession session = Checker.open(kieBase, facts, network);
        session.fireAllRules();
        Map<String, String> lines = new TreeMap<>();
        Set<Integer> seen = new HashSet<>();
        long total = 0;
        for (Map.Entry<String, TerminalNode[]> e : ((InternalRuleBase) kieBase).getReteooBuilder().getTerminalNodes()
                .entrySet()) {
            for (TerminalNode terminal : e.getValue()) {
                for (LeftTupleSource node = terminal.getLeftTupleSource(); node != null;
                     node = node.getLeftTupleSource()) {
                    if (node instanceof BetaNode beta) {
                        Memory memory = ((ReteEvaluator) session).getNodeMemories().peekNodeMemory(beta);
                        BetaMemory<?> bm = memory instanceof BetaMemory<?> b ? b
                                : memory instanceof org.drools.core.reteoo.AccumulateNode.AccumulateMemory a
                                ? a.getBetaMemory() : null;
                        if (bm == null) {
                            continue;
                        }
                        int left = bm.getLeftTupleMemory() == null ? 0 : bm.getLeftTupleMemory().size();
                        int right = bm.getRightTupleMemory() == null ? 0 : bm.getRightTupleMemory().size();
                        if (seen.add(beta.getId())) {
                            total += right;
                        }
                        lines.put(String.format("%9d %9d  %s #%d %s", right, left, e.getKey(), beta.getId(),
                                beta.getClass().getSimpleName()), "");
                    }
                }
            }
        }
        System.out.println("    right      left  rule, node");
        lines.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(System.out::println);
        System.out.println("right tuples in distinct nodes: " + total);
        session.dispose();
    }
}
