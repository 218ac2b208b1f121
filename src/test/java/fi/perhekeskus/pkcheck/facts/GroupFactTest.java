package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which group lies above which (NET-002), and what a group's scope covers (REP-002, REP-003). */
class GroupFactTest {

    private static GroupFact group(String id, Tier tier, Scope scope, String area, Set<String> scope2,
                                   Set<String> areas) {
        return new GroupFact(id, id, tier, scope, area, List.copyOf(scope2), scope == Scope.MUNICIPALITIES, true,
                scope2, areas, null);
    }

    private final GroupFact provincial = group("p", Tier.PROVINCIAL, Scope.REGION, null, Set.of("1", "2", "3"),
            Set.of());
    private final GroupFact west = group("w", Tier.REGIONAL, Scope.AREA, "west", Set.of("1", "2"), Set.of("west"));
    private final GroupFact east = group("e", Tier.REGIONAL, Scope.AREA, "east", Set.of("3"), Set.of("east"));
    private final GroupFact local = group("l", Tier.LOCAL, Scope.MUNICIPALITIES, null, Set.of("2"), Set.of("west"));
    private final GroupFact other = group("o", Tier.LOCAL, Scope.MUNICIPALITIES, null, Set.of("2", "9"),
            Set.of("west"));

    @Test
    void aRegionWideGroupIsAboveEveryGroupAnAreaGroupAboveItsAreasGroups() {
        assertTrue(provincial.isAbove(west));
        assertTrue(provincial.isAbove(local));
        assertTrue(west.isAbove(local));
        assertFalse(east.isAbove(local));
        assertTrue(other.isAbove(local), "municipal groups that share a municipality");
        assertFalse(local.isAbove(east));
        assertFalse(group("x", null, null, null, Set.of(), Set.of()).isAbove(local), "a group of no tier is above none");
        assertFalse(group("a", Tier.REGIONAL, Scope.AREA, null, Set.of(), Set.of()).isAbove(local),
                "an area group that names no area");
    }

    @Test
    void scopeAndAreas() {
        assertTrue(west.covers("1"));
        assertFalse(west.covers("3"));
        assertTrue(local.inArea("west"));
        assertFalse(local.inArea("east"));
        assertEquals(2, other.municipalityCount());
    }
}
