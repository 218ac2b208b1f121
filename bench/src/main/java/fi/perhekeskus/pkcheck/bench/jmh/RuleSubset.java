package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.engine.RuleInfo;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.drools.io.ByteArrayResource;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * A KieBase holding only some of the built-in rules: compiled from the shipped DRL files, then every rule
 * whose {@code @id} the filter rejects is removed, so that the engine neither matches nor fires it (an
 * AgendaFilter only stops the firing; the left-hand sides are still evaluated). Rules without an id (helper
 * rules, queries) are kept.
 */
final class RuleSubset {

    private final KieBase kieBase;
    private final int rules;

    RuleSubset(Predicate<String> keep) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String name : RuleBase.BUILT_IN) {
            ByteArrayResource resource = new ByteArrayResource(builtIn(name), "UTF-8");
            resource.setSourcePath("rules/" + name);
            builder.add(resource, ResourceType.DRL);
            if (builder.hasErrors()) {
                throw new IllegalStateException(name + ": " + builder.getErrors());
            }
        }
        kieBase = builder.newKieBase();
        List<String[]> remove = new ArrayList<>();
        int kept = 0;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String id;
                try {
                    id = RuleInfo.of(rule).id();
                } catch (IllegalArgumentException e) {
                    id = null;
                }
                if (id != null && !keep.test(id)) {
                    remove.add(new String[] {pkg.getName(), rule.getName()});
                } else if (id != null) {
                    kept++;
                }
            }
        }
        for (String[] r : remove) {
            kieBase.removeRule(r[0], r[1]);
        }
        rules = kept;
    }

    /** How many rules with an id are left. */
    int rules() {
        return rules;
    }

    /**
     * The check as {@code Checker} runs it: insert the facts and the network facts its rules can match (NET
     * rules), fire, collect the findings at the model's severity, sort.
     */
    List<Finding> check(Facts facts) {
        KieSession session = fi.perhekeskus.pkcheck.engine.Checker.open(kieBase, facts,
                fi.perhekeskus.pkcheck.network.NetworkFacts.of(facts, RuleBase.matchable(kieBase)));
        try {
            session.fireAllRules();
            Set<Finding> found = new LinkedHashSet<>();
            for (Object fact : session.getObjects(new org.kie.api.runtime.ClassObjectFilter(Finding.class))) {
                found.add((Finding) fact);
            }
            List<Finding> result = new ArrayList<>();
            for (Finding f : found) {
                Optional<Severity> s = facts.model().severityOf(f.rule(), f.tier(), f.severity());
                s.ifPresent(v -> result.add(v == f.severity() ? f : f.withSeverity(v)));
            }
            Finding.sort(result);
            return result;
        } finally {
            session.dispose();
        }
    }

    private static byte[] builtIn(String name) {
        try (InputStream in = RuleSubset.class.getClassLoader().getResourceAsStream("pkcheck/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no built-in rule file " + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
