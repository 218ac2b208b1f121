package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's requirement facts by rule id and tier, for rules that test a group against its tier's requirement
 * in the group's own pattern ({@code GroupSeats( context.requires("SIZE-001", tier), ... )}). A test of the group
 * alone is an alpha test, so only the groups that break the requirement enter the rule; a join on
 * {@code Requirement( rule == "SIZE-001", $tier : tier )} would instead keep every group of the tier in a memory
 * (over a million tuples at national scale). The {@link Requirement} facts themselves stay in the session.
 */
public final class RequirementIndex {

    private static final RequirementIndex EMPTY = new RequirementIndex(Map.of());

    private final Map<String, Map<Tier, List<Requirement>>> byRule;

    private RequirementIndex(Map<String, Map<Tier, List<Requirement>>> byRule) {
        this.byRule = byRule;
    }

    /** No requirement at all. */
    public static RequirementIndex empty() {
        return EMPTY;
    }

    /** The index of {@code requirements}, each rule's requirements per tier in the order given. */
    public static RequirementIndex of(List<Requirement> requirements) {
        Map<String, Map<Tier, List<Requirement>>> byRule = new HashMap<>();
        for (Requirement r : requirements) {
            byRule.computeIfAbsent(r.rule(), k -> new HashMap<>())
                    .computeIfAbsent(r.tier(), k -> new ArrayList<>()).add(r);
        }
        return new RequirementIndex(byRule);
    }

    /** The requirements of {@code rule} that {@code tier} makes, empty where it makes none. */
    public List<Requirement> of(String rule, Tier tier) {
        Map<Tier, List<Requirement>> byTier = byRule.get(rule);
        return byTier == null ? List.of() : byTier.getOrDefault(tier, List.of());
    }

    /** The first requirement of {@code rule} that {@code tier} makes, or null where it makes none. */
    public Requirement first(String rule, Tier tier) {
        List<Requirement> found = of(rule, tier);
        return found.isEmpty() ? null : found.get(0);
    }
}
