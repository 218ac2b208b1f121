package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.network.NetworkFacts;
import fi.perhekeskus.pkcheck.report.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Runs the rules over one set of facts and collects the findings they insert, each at the severity the
 * governance model gives it for its tier (or dropped where the model switches the rule off there).
 */
public final class Checker {

    private final RuleBase rules;

    public Checker(RuleBase rules) {
        this.rules = rules;
    }

    /** Every finding of the rules whose id {@code ruleFilter} accepts. */
    public List<Finding> check(Facts facts, Predicate<String> ruleFilter) {
        // Rules that need a kind of fact the check lacks (MEET without a meeting) are left out of the KieBase.
        List<Object> network = NetworkFacts.of(facts);
        Set<Class<?>> types = new java.util.HashSet<>();
        facts.all().forEach(fact -> types.add(fact.getClass()));
        network.forEach(fact -> types.add(fact.getClass()));
        KieSession session = rules.kieBaseFor(types).newKieSession();
        try {
            facts.all().forEach(session::insert);
            network.forEach(session::insert);
            AgendaFilter filter = match -> ruleFilter.test(RuleInfo.of(match.getRule()).id());
            session.fireAllRules(filter);
            Set<Finding> found = new LinkedHashSet<>();
            for (Object fact : session.getObjects(o -> o instanceof Finding)) {
                found.add((Finding) fact);
            }
            List<Finding> result = new ArrayList<>();
            for (Finding finding : found) {
                Optional<fi.perhekeskus.pkcheck.model.Severity> severity =
                        facts.model().severityOf(finding.rule(), finding.tier(), finding.severity());
                severity.ifPresent(s -> result.add(s == finding.severity() ? finding : finding.withSeverity(s)));
            }
            result.sort(Finding.ORDER);
            return result;
        } finally {
            session.dispose();
        }
    }
}
