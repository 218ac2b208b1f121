package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.model.Severity;
import java.util.Comparator;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's metadata as written in its DRL: {@code @id("REP-002")}, {@code @severity("ERROR")}, plus the
 * rule's name and package. Everything that lists rules (the {@code rules} command, docs) reads this.
 */
public record RuleInfo(String id, Severity severity, String name, String packageName) {

    /** Orders rules by family in catalogue order, then by number. */
    public static final Comparator<RuleInfo> CATALOGUE_ORDER = Comparator
            .comparingInt((RuleInfo r) -> familyRank(r.family()))
            .thenComparing(RuleInfo::family)
            .thenComparing(RuleInfo::id)
            .thenComparing(RuleInfo::name);

    private static final java.util.List<String> FAMILIES =
            java.util.List.of("DATA", "STRUCT", "CHAIR", "REP", "SIZE", "ROLE", "TERM", "NET", "MEET");

    /**
     * Reads the metadata of {@code rule}.
     *
     * @throws IllegalArgumentException when {@code @id} or {@code @severity} is missing or malformed
     */
    public static RuleInfo of(Rule rule) {
        Object id = rule.getMetaData().get("id");
        Object severity = rule.getMetaData().get("severity");
        if (id == null || severity == null) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\" needs @id(\"XXX-000\") and "
                    + "@severity(\"ERROR|WARNING|INFO\")");
        }
        Severity parsed = Severity.parse(unquote(severity));
        if (parsed == null) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\": @severity must be ERROR, WARNING "
                    + "or INFO, not " + severity);
        }
        return new RuleInfo(unquote(id), parsed, rule.getName(), rule.getPackageName());
    }

    public String family() {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int familyRank(String family) {
        int rank = FAMILIES.indexOf(family);
        return rank < 0 ? FAMILIES.size() : rank;
    }

    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
