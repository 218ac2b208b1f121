package fi.perhekeskus.pkcheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a model demands of one tier, read back from its {@link Requirement}s into named values: for tests and
 * generators that build data to a model's measure (the rules themselves read the requirements).
 */
public record TierDemands(Tier tier, String name, Scope scope, Tier above, Integer minGroups, Integer maxGroups,
                          boolean coverEveryMunicipality, Integer maxMunicipalities, boolean sameArea,
                          boolean chairRequired, OrganisationType chairRepresents, String chairTitle,
                          boolean allMunicipalities, Integer sizeMin, Integer sizeMax, boolean linkToAbove,
                          List<TypeDemand> represented, List<TypeDemand> chairGroupCovers, List<RoleDemand> roles,
                          List<CoordinatorDemand> coordinators, Map<String, Severity> severities, Set<String> off) {

    /** At least {@code min} seats of {@code tier}'s groups represent one of {@code anyOf} (REP-001, CHAIR-005). */
    public record TypeDemand(Tier tier, Set<OrganisationType> anyOf, int min, boolean chairGroup) {
        public boolean accepts(OrganisationType type) {
            return type != null && anyOf.contains(type);
        }
    }

    /** At least {@code min} seats with {@code role} (ROLE-001). */
    public record RoleDemand(Tier tier, Role role, int min) {
    }

    /** Every coordinator of {@code from} sits at {@code tier} (ROLE-002). */
    public record CoordinatorDemand(Tier tier, Tier from) {
    }

    /** Every tier of {@code model}, top first. */
    public static List<TierDemands> of(GovernanceModel model) {
        return model.tiers().stream().map(t -> of(model, t)).toList();
    }

    /** The demands of {@code tier}, if the model has it. */
    public static Optional<TierDemands> of(GovernanceModel model, Tier tier) {
        return model.tier(tier).map(t -> of(model, t));
    }

    private static TierDemands of(GovernanceModel model, ModelTier t) {
        List<Requirement> rs = model.requirementsOf(t.tier());
        Requirement size = first(rs, "SIZE-001");
        Requirement represents = first(rs, "CHAIR-003");
        Requirement title = first(rs, "CHAIR-004");
        List<TypeDemand> represented = new ArrayList<>();
        List<TypeDemand> covers = new ArrayList<>();
        List<RoleDemand> roles = new ArrayList<>();
        List<CoordinatorDemand> coordinators = new ArrayList<>();
        for (Requirement r : rs) {
            switch (r.rule()) {
                case "REP-001" -> represented.add(new TypeDemand(t.tier(), r.types("anyOf"), r.count("min"), false));
                case "CHAIR-005" -> covers.add(new TypeDemand(t.tier(), r.types("anyOf"), 1, true));
                case "ROLE-001" -> roles.add(new RoleDemand(t.tier(), r.role("role"), r.count("min")));
                case "ROLE-002" -> coordinators.add(new CoordinatorDemand(t.tier(), r.lowerTier("from")));
                default -> { }
            }
        }
        return new TierDemands(t.tier(), t.name(), t.scope(), t.above(), count(rs, "STRUCT-001", "min"),
                count(rs, "STRUCT-002", "max"), first(rs, "STRUCT-003") != null, count(rs, "STRUCT-004", "max"),
                first(rs, "STRUCT-006") != null, first(rs, "CHAIR-001") != null,
                represents == null ? null : represents.type("represents"), title == null ? null : title.text("title"),
                first(rs, "REP-002") != null, size == null ? null : size.count("min"),
                size == null ? null : size.count("max"), first(rs, "NET-002") != null, represented, covers, roles,
                coordinators, t.severities(), t.off());
    }

    /** Whether a group of {@code seats} seats is outside the size range (SIZE-001). */
    public boolean sizeOutside(long seats) {
        return sizeMin != null && seats < sizeMin || sizeMax != null && seats > sizeMax;
    }

    private static Requirement first(List<Requirement> rs, String rule) {
        return rs.stream().filter(r -> r.rule().equals(rule)).findFirst().orElse(null);
    }

    private static Integer count(List<Requirement> rs, String rule, String param) {
        Requirement r = first(rs, rule);
        return r == null ? null : r.count(param);
    }
}
