package fi.perhekeskus.pkcheck.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a governance model demands of one tier; also a fact the rules join with. Null numbers mean
 * "no limit"; {@code above} is the tier directly above in the model, or null at the top.
 */
public record TierSpec(
        Tier tier,
        String name,
        Scope scope,
        Tier above,
        Integer minGroups,
        Integer maxGroups,
        boolean coverEveryMunicipality,
        Integer maxMunicipalities,
        boolean sameArea,
        boolean chairRequired,
        OrganisationType chairRepresents,
        String chairTitle,
        boolean allMunicipalities,
        Integer sizeMin,
        Integer sizeMax,
        boolean linkToAbove,
        List<TypeRequirement> represented,
        List<TypeRequirement> chairGroupCovers,
        List<RoleRequirement> roles,
        List<CoordinatorRequirement> coordinators,
        Map<String, Severity> severities,
        Set<String> off) {

    public TierSpec {
        represented = List.copyOf(represented);
        chairGroupCovers = List.copyOf(chairGroupCovers);
        roles = List.copyOf(roles);
        coordinators = List.copyOf(coordinators);
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
    }

    /** Whether a group of {@code seats} seats is outside the size range (SIZE-001). */
    public boolean sizeOutside(long seats) {
        return sizeMin != null && seats < sizeMin || sizeMax != null && seats > sizeMax;
    }
}
