package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.network.NetworkFacts;
import fi.perhekeskus.pkcheck.report.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.definition.rule.Rule;
import fi.perhekeskus.pkcheck.load.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules over one set of facts and collects the findings they insert, as the rules made them:
 * {@link Settlement} then applies the model's severities, waivers, the cap and the baseline.
 */
public final class Checker {

    private static final Logger LOG = LoggerFactory.getLogger(Checker.class);

    /**
     * The global that holds the run's {@link CheckContext}: a rule that compares a fact with the check date or
     * a limit through it filters each fact on its own, where a join with the CheckContext fact would keep a
     * memory of every fact that reaches the comparison.
     */
    public static final String CONTEXT = "context";

    /**
     * The switch of the speed work (system property {@code pkcheck.prune}, default true): with it, rules that need
     * an optional kind of fact the check lacks are left out of the KieBase, only the network facts its rules read
     * are built, and {@link FactGate} holds back facts no pattern can match. Without it, every rule, every network
     * fact and every fact go in. The findings are the same either way ({@code PruningEquivalenceTest}).
     */
    public static final String PRUNE = "pkcheck.prune";

    private final RuleBase rules;
    private final boolean prune;

    /** A checker with pruning as {@value #PRUNE} says (on unless set to false). */
    public Checker(RuleBase rules) {
        this(rules, !"false".equalsIgnoreCase(System.getProperty(PRUNE)));
    }

    /** A checker with pruning on or off. */
    public Checker(RuleBase rules, boolean prune) {
        this.rules = rules;
        this.prune = prune;
    }

    /**
     * The kinds of fact of a check with or without a meeting, as {@link #check} judges them. Waivers are no
     * fact: {@link Settlement} judges them after the rules have fired; the parameter stays for callers.
     */
    public static Set<Class<?>> kinds(boolean meeting, boolean waivers) {
        return meeting ? Set.copyOf(RuleBase.OPTIONAL_KINDS) : Set.of();
    }

    /** The firings one rule may make in one check unless the run says otherwise (--max-firings). */
    public static final long DEFAULT_MAX_FIRINGS = 10_000_000L;

    /** Every finding of the rules whose id {@code ruleFilter} accepts, within the default firing limit. */
    public List<Finding> check(Facts facts, Predicate<String> ruleFilter) {
        return check(facts, ruleFilter, DEFAULT_MAX_FIRINGS);
    }

    /**
     * Every finding of the rules whose id {@code ruleFilter} accepts.
     *
     * @param maxFirings how often one rule may fire before the check stops: a rule that keeps re-activating
     *                   itself (a user rule that loops) ends the run with one line naming it
     * @throws InputException when a rule's consequence throws (naming the rule and its file) or a rule fires
     *                        more than {@code maxFirings} times
     */
    public List<Finding> check(Facts facts, Predicate<String> ruleFilter, long maxFirings) {
        return checkRules(facts, info -> ruleFilter.test(info.id()), maxFirings);
    }

    /** {@link #check(Facts, Predicate, long)} of the rules whose metadata {@code ruleFilter} accepts (e.g. by phase). */
    public List<Finding> checkRules(Facts facts, Predicate<RuleInfo> ruleFilter, long maxFirings) {
        List<Finding> findings = new ArrayList<>(new LinkedHashSet<>(run(facts, ruleFilter, maxFirings).findings()));
        Finding.sort(findings);
        return findings;
    }

    /**
     * What one run of the rules made: its findings in the order the session holds them, a finding that two
     * matches made alike there twice ({@link Settlement} lists each once, sorted; a national check makes a hundred
     * thousand findings and lists a few thousand), and the invitations the MEET rules inserted beside theirs (whom
     * to call before a meeting).
     */
    public record Run(List<Finding> findings, List<Invitation> invitations) {

        public Run {
            findings = List.copyOf(findings);
            invitations = List.copyOf(invitations);
        }
    }

    /** {@link #checkRules}, with the invitations the rules inserted, and the findings in no particular order. */
    public Run run(Facts facts, Predicate<RuleInfo> ruleFilter, long maxFirings) {
        // Rules that need a kind of fact the check lacks (MEET without a meeting) are left out of the KieBase.
        long start = System.nanoTime();
        Set<Class<?>> types = new HashSet<>();
        facts.all().forEach(fact -> {
            if (RuleBase.OPTIONAL_KINDS.contains(fact.getClass())) {
                types.add(fact.getClass());
            }
        });
        KieBase kieBase = prune ? rules.kieBaseFor(types) : rules.kieBase();
        long chosen = System.nanoTime();
        KieSession session = session(kieBase, facts);
        try {
            Consumer<Object> insert = inserter(kieBase, session, prune);
            facts.all().forEach(insert);
            long dataIn = System.nanoTime();
            // Only the network facts its rules can match (without NET-002, no working out which groups lie above),
            // each inserted as it is made: the gate holds back all but ~2 % of the people's loads at national
            // scale, and those die young instead of waiting in a list for the rest.
            NetworkFacts.each(facts, prune ? RuleBase.matchable(kieBase) : type -> true, insert);
            long inserted = System.nanoTime();
            long count = session.getFactCount();
            AgendaFilter filter = match -> ruleFilter.test(RuleInfo.of(match.getRule()));
            FiringLimit limit = new FiringLimit(session, maxFirings);
            session.addEventListener(limit);
            int fired;
            try {
                fired = session.fireAllRules(filter);
            } catch (ConsequenceException e) {
                Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw InputException.keyed(RuleBase.where(rule), "error.rule.failed", RuleBase.name(rule),
                        cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            }
            limit.check();
            long firedAt = System.nanoTime();
            LOG.info("rule base chosen in {} ms, {} facts inserted in {} ms (data {} ms, network facts made and "
                    + "inserted {} ms), {} rule firings in {} ms", (chosen - start) / 1_000_000, count,
                    (inserted - chosen) / 1_000_000, (dataIn - chosen) / 1_000_000, (inserted - dataIn) / 1_000_000,
                    fired, (firedAt - inserted) / 1_000_000);
            List<Finding> found = new ArrayList<>();
            // A ClassObjectFilter reads the findings' own store, not every one of millions of facts.
            for (Object fact : session.getObjects(new ClassObjectFilter(Finding.class))) {
                found.add((Finding) fact);
            }
            List<Invitation> invitations = new ArrayList<>();
            for (Object fact : session.getObjects(new ClassObjectFilter(Invitation.class))) {
                invitations.add((Invitation) fact);
            }
            // Severity, off, waivers, the cap and the order are settled afterwards, in one place (Settlement).
            LOG.info("{} findings collected in {} ms", found.size(), (System.nanoTime() - firedAt) / 1_000_000);
            return new Run(found, invitations);
        } finally {
            session.dispose();
        }
    }

    /**
     * A session of {@code kieBase} ready to fire: the global {@value #CONTEXT} set where its rules declare it,
     * and every fact and network fact inserted that one of its rules can match. Facts no rule names (people,
     * when no rule names Person), and facts that fail the tests every pattern of their type makes of a fact
     * alone (a seat in term, to rules that read only seats out of term or chairs), would only take memory:
     * {@link FactGate} holds them back. The caller disposes of the session.
     */
    public static KieSession open(KieBase kieBase, Facts facts, List<Object> network) {
        return open(kieBase, facts, network, true);
    }

    /** {@link #open(KieBase, Facts, List)}, with {@link FactGate} only where {@code gate} says so. */
    static KieSession open(KieBase kieBase, Facts facts, List<Object> network, boolean gated) {
        KieSession session = session(kieBase, facts);
        Consumer<Object> insert = inserter(kieBase, session, gated);
        facts.all().forEach(insert);
        network.forEach(insert);
        return session;
    }

    /** A new session of {@code kieBase}, the global {@value #CONTEXT} set where its rules declare it. */
    private static KieSession session(KieBase kieBase, Facts facts) {
        KieSession session = kieBase.newKieSession();
        if (kieBase.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> CONTEXT.equals(g.getName())))) {
            session.setGlobal(CONTEXT, facts.context());
        }
        return session;
    }

    /** What inserts a fact into {@code session}: every fact, or where {@code gated} those {@link FactGate} admits. */
    private static Consumer<Object> inserter(KieBase kieBase, KieSession session, boolean gated) {
        if (!gated) {
            return session::insert;
        }
        FactGate gate = FactGate.of(kieBase, session);
        return fact -> {
            if (gate.admits(fact)) {
                session.insert(fact);
            }
        };
    }
}
