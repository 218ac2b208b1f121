package fi.perhekeskus.pkcheck.model;

import java.util.Set;

/**
 * A model requirement fact: groups of {@code tier} need at least {@code min} seats representing one of
 * the organisation types {@code anyOf} (REP-001); with {@code min} 1 it also serves the chair group
 * (CHAIR-005) when {@code chairGroup} is set.
 */
public record TypeRequirement(Tier tier, Set<OrganisationType> anyOf, int min, boolean chairGroup) {

    public TypeRequirement {
        anyOf = Set.copyOf(anyOf);
    }

    /** Whether a seat representing {@code type} satisfies this requirement. */
    public boolean accepts(OrganisationType type) {
        return type != null && anyOf.contains(type);
    }
}
