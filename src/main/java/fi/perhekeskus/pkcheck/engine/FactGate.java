package fi.perhekeskus.pkcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Whether a fact can reach a rule of a session: whether it passes every alpha constraint (the tests of one
 * pattern that read the fact alone, and constants and globals) on the way to at least one join, negation,
 * accumulate or rule. A fact that fails them all is dropped by the engine at its first alpha node, after it
 * has been given a fact handle and stored in the session's identity map; at national scale that storing
 * was most of the insertion (a million seats of which the eight reference rules read a tenth). The gate
 * asks the engine's own alpha network, so it decides as the engine would: a fact it lets through is
 * inserted and matched as before, and one it holds back could not have been matched by any rule.
 *
 * <p>This holds because facts are never changed after insertion (they are records): a modified fact could
 * pass a constraint it failed when inserted. A type's patterns with no alpha constraint let every fact of
 * the type through without a test. Answers per class are cached; not thread-safe, like the session.
 */
final class FactGate {

    /** The sinks of a class whose facts all pass: a pattern of the class has no alpha constraint. */
    private static final ObjectSink[] EVERY = new ObjectSink[0];

    private final List<ObjectTypeNode> nodes;
    private final ValueResolver session;
    private final Map<Class<?>, ObjectSink[]> entries = new HashMap<>();
    /**
     * The handle the constraints read each tested fact through: one for all (the constraints read only its object),
     * where a fresh one per fact made a million short-lived handles at national scale.
     */
    private final DefaultFactHandle probe = new DefaultFactHandle(null);
    private Class<?> lastType;
    private ObjectSink[] lastSinks;

    private FactGate(KieBase kieBase, KieSession session) {
        // Only nodes a rule still reads: removing a rule leaves its object type nodes with nothing below them.
        this.nodes = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .filter(node -> node.getObjectSinkPropagator().size() > 0).toList();
        this.session = (ValueResolver) session;
    }

    /** The gate of {@code session}, a session of {@code kieBase}: its globals are set before facts are tested. */
    static FactGate of(KieBase kieBase, KieSession session) {
        return new FactGate(kieBase, session);
    }

    /** The gate of {@code kieBase} for kinds of fact alone ({@link #reads}), without a session. */
    static FactGate of(KieBase kieBase) {
        return new FactGate(kieBase, null);
    }

    /** Whether a pattern of a rule can match some fact of {@code type} (a pattern of it or of a supertype). */
    boolean reads(Class<?> type) {
        ObjectSink[] sinks = entries.computeIfAbsent(type, this::entriesOf);
        return sinks == EVERY || sinks.length > 0;
    }

    /** Whether {@code fact} passes the alpha constraints of some pattern that could match it. */
    boolean admits(Object fact) {
        // Facts come in runs of one kind (a million seats in a row): the last kind's sinks are kept at hand.
        if (fact.getClass() != lastType) {
            lastType = fact.getClass();
            // Looked up before computed: a method reference handed to computeIfAbsent is a new object each time,
            // and the kind changes a few times per group (some 400 thousand times at national scale).
            ObjectSink[] known = entries.get(lastType);
            lastSinks = known != null ? known : entries.computeIfAbsent(lastType, this::entriesOf);
        }
        ObjectSink[] sinks = lastSinks;
        if (sinks == EVERY) {
            return true;
        }
        if (sinks.length == 0) {
            return false;
        }
        probe.setObject(fact);
        return reaches(sinks, probe);
    }

    /**
     * The first nodes below every object type node that receives facts of {@code type} ({@link #EVERY} if one
     * of them is not an alpha node; none if no pattern names the type or a supertype).
     */
    private ObjectSink[] entriesOf(Class<?> type) {
        ClassObjectType objectType = new ClassObjectType(type);
        List<ObjectSink> sinks = new ArrayList<>();
        for (ObjectTypeNode node : nodes) {
            if (node.getObjectType().isAssignableFrom(objectType)) {
                for (ObjectSink sink : node.getObjectSinkPropagator().getSinks()) {
                    if (!(sink instanceof AlphaNode)) {
                        return EVERY;
                    }
                    sinks.add(sink);
                }
            }
        }
        return sinks.toArray(new ObjectSink[0]);
    }

    /** Whether the fact passes one of {@code sinks}: a node that is no alpha node, or an alpha node and on. */
    private boolean reaches(ObjectSink[] sinks, DefaultFactHandle fact) {
        for (ObjectSink sink : sinks) {
            if (!(sink instanceof AlphaNode)) {
                return true;
            }
        }
        for (ObjectSink sink : sinks) {
            AlphaNode alpha = (AlphaNode) sink;
            if (alpha.getConstraint().isAllowed(fact, session)
                    && reaches(alpha.getObjectSinkPropagator().getSinks(), fact)) {
                return true;
            }
        }
        return false;
    }
}
