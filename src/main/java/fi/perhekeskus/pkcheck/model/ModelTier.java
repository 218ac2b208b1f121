package fi.perhekeskus.pkcheck.model;

import java.util.Map;
import java.util.Set;

/**
 * One tier of a governance model as the rules see it: which tier, what its groups cover and the tier directly
 * above it (null at the top). What the tier demands of its groups are {@link Requirement} facts; the
 * severity changes and switched-off rules here are applied when findings are settled.
 *
 * @param name       the model's display name of the tier, or null
 * @param severities severity changes for findings about this tier's groups
 * @param off        rules switched off for findings about this tier's groups
 */
public record ModelTier(Tier tier, String name, Scope scope, Tier above, Map<String, Severity> severities,
                        Set<String> off) {

    public ModelTier {
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
    }
}
