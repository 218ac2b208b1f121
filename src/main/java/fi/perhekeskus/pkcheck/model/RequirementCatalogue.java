package fi.perhekeskus.pkcheck.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requirements a rule base can read, one per rule id that declares {@code @params}: the model loader
 * checks a model's keys and {@code requirements:} against it, and {@code pkcheck models} and the rule docs
 * print from it.
 */
public final class RequirementCatalogue {

    private final Map<String, RequirementKind> byRule = new LinkedHashMap<>();

    public RequirementCatalogue(List<RequirementKind> kinds) {
        for (RequirementKind kind : kinds) {
            byRule.putIfAbsent(kind.rule(), kind);
        }
    }

    /** Every declared requirement, in the order of the rule base. */
    public List<RequirementKind> kinds() {
        return List.copyOf(byRule.values());
    }

    /** The requirement {@code rule} reads, or null where the rule reads none. */
    public RequirementKind of(String rule) {
        return byRule.get(rule);
    }

    /** The requirements written in short at exactly {@code path} (without {@code []}). */
    public List<RequirementKind> at(String path) {
        List<RequirementKind> found = new ArrayList<>();
        for (RequirementKind kind : byRule.values()) {
            if (path.equals(kind.path())) {
                found.add(kind);
            }
        }
        return found;
    }

    /** The keys directly under {@code path} ("" for the tier itself) that some requirement is written at. */
    public Set<String> keysUnder(String path) {
        String prefix = path.isEmpty() ? "" : path + ".";
        Set<String> keys = new LinkedHashSet<>();
        for (RequirementKind kind : byRule.values()) {
            String p = kind.path();
            if (p != null && p.startsWith(prefix)) {
                String rest = p.substring(prefix.length());
                int dot = rest.indexOf('.');
                keys.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return keys;
    }
}
