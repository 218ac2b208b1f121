package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.load.InputException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Counts each rule's firings in one session and halts the session when one rule fires more than its limit: a rule
 * that keeps re-activating itself (a {@code modify} without {@code no-loop}, an insert that matches its own
 * pattern) would otherwise never stop. {@link #check} then names the rule.
 */
final class FiringLimit extends DefaultAgendaEventListener {

    private final KieSession session;
    private final long limit;
    private final Map<Rule, long[]> counts = new IdentityHashMap<>();
    private Rule exceeded;

    FiringLimit(KieSession session, long limit) {
        this.session = session;
        this.limit = limit;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        long[] count = counts.computeIfAbsent(rule, r -> new long[1]);
        if (++count[0] > limit && exceeded == null) {
            exceeded = rule;
            session.halt();
        }
    }

    /** @throws InputException naming the rule that fired more often than the limit, if one did */
    void check() {
        if (exceeded != null) {
            throw InputException.keyed(RuleBase.where(exceeded), "error.rule.tooManyFirings", RuleBase.name(exceeded),
                    limit);
        }
    }
}
