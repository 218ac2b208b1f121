package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.RuleFamilies;
import fi.perhekeskus.pkcheck.model.Severity;
import java.lang.ref.WeakReference;
import java.util.Comparator;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's metadata as written in its DRL: {@code @id("REP-002")}, {@code @severity("ERROR")}, the optional
 * {@code @phase("data|check|meeting")}, plus the rule's name and package. Everything that lists rules (the
 * {@code rules} command, docs) and every command that chooses which rules run reads this.
 *
 * @param phase when the rule runs: {@value #DATA} (validate, check and meeting), {@value #CHECK} (the default:
 *              check and meeting) or {@value #MEETING} (only the pre-meeting check)
 */
public record RuleInfo(String id, Severity severity, String name, String packageName, String phase) {

    /** The phase of rules about the data itself: {@code validate} runs only these. */
    public static final String DATA = "data";
    /** The default phase: the rules of a whole-network check. */
    public static final String CHECK = "check";
    /** The phase of rules about one meeting: only {@code pkcheck meeting} runs them. */
    public static final String MEETING = "meeting";

    /** A rule of the default phase. */
    public RuleInfo(String id, Severity severity, String name, String packageName) {
        this(id, severity, name, packageName, CHECK);
    }

    /** Whether {@code pkcheck check} runs this rule: any phase but {@value #MEETING}. */
    public boolean inCheck() {
        return !MEETING.equals(phase);
    }

    /** Whether {@code pkcheck validate} runs this rule: phase {@value #DATA}. */
    public boolean inValidate() {
        return DATA.equals(phase);
    }

    /** Orders rules by family in catalogue order, then by number. */
    public static final Comparator<RuleInfo> CATALOGUE_ORDER = Comparator
            .comparing(RuleInfo::family, RuleFamilies.ORDER)
            .thenComparing(RuleInfo::id)
            .thenComparing(RuleInfo::name);

    /**
     * Reads the metadata of {@code rule}.
     *
     * @throws InputException (without a place: the caller knows the file) when {@code @id} or {@code @severity} is
     *                        missing or malformed
     */
    public static RuleInfo of(Rule rule) {
        // Each firing reads its rule's metadata twice (the agenda filter, then Emit), and the agenda fires a rule's
        // matches one after another: the last rule read on this thread answers most calls without a new record and
        // new id string per firing (140,000 firings at national scale). Weakly held, so that a finished check's
        // rule base is not kept alive by a server's thread.
        Last last = LAST.get();
        if (last != null && last.rule.get() == rule) {
            return last.info;
        }
        RuleInfo info = read(rule);
        LAST.set(new Last(new WeakReference<>(rule), info));
        return info;
    }

    /** The last rule read on a thread, and what was read. */
    private record Last(WeakReference<Rule> rule, RuleInfo info) {
    }

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    private static RuleInfo read(Rule rule) {
        Object id = rule.getMetaData().get("id");
        Object severity = rule.getMetaData().get("severity");
        if (id == null || severity == null) {
            throw InputException.of("error.rule.needsId", rule.getName());
        }
        Severity parsed = Severity.parse(unquote(severity));
        if (parsed == null) {
            throw InputException.of("error.rule.badSeverity", rule.getName(), String.valueOf(severity));
        }
        Object phase = rule.getMetaData().get("phase");
        String chosen = phase == null ? CHECK : unquote(phase);
        if (!List.of(DATA, CHECK, MEETING).contains(chosen)) {
            throw InputException.of("error.rule.badPhase", rule.getName(), String.valueOf(phase));
        }
        return new RuleInfo(unquote(id), parsed, rule.getName(), rule.getPackageName(), chosen);
    }

    public String family() {
        return RuleFamilies.of(id);
    }

    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
