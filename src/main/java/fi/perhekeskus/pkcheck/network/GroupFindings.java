package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of a check that name a group, for the map to mark: per group id, each finding's rule, severity
 * and message in the page's language, in report order.
 */
public record GroupFindings(Map<String, List<Shown>> byGroup) {

    /** No check was run: no group is marked. */
    public static final GroupFindings NONE = new GroupFindings(Map.of());

    public GroupFindings {
        Map<String, List<Shown>> copy = new TreeMap<>();
        byGroup.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byGroup = java.util.Collections.unmodifiableMap(copy);
    }

    /** One finding as the map shows it. */
    public record Shown(String rule, Severity severity, String text) {
    }

    /** The findings of {@code group}, empty when none. */
    public List<Shown> of(String group) {
        return byGroup.getOrDefault(group, List.of());
    }
}
