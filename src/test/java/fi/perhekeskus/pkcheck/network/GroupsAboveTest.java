package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groups above a group, looked up by what they cover, are those {@link GroupFact#isAbove} accepts. */
class GroupsAboveTest {

    private static final Map<Tier, Tier> ABOVE = Map.of(Tier.LOCAL, Tier.REGIONAL, Tier.REGIONAL, Tier.PROVINCIAL);

    private static GroupFact group(String id, Tier tier, Scope scope, String area, Set<String> codes,
                                   Set<String> areas) {
        return new GroupFact(id, id, tier, scope, area, List.copyOf(codes), !codes.isEmpty(), true, codes, areas, null);
    }

    private static final GroupFact REGION_WIDE = group("r1", Tier.REGIONAL, Scope.REGION, null, Set.of(), Set.of());
    private static final GroupFact WEST = group("a1", Tier.REGIONAL, Scope.AREA, "west", Set.of(), Set.of("west"));
    private static final GroupFact EAST = group("a2", Tier.REGIONAL, Scope.AREA, "east", Set.of(), Set.of("east"));
    private static final GroupFact NOKIA = group("m1", Tier.REGIONAL, Scope.MUNICIPALITIES, null, Set.of("536"),
            Set.of("west"));
    private static final GroupFact YLOJARVI = group("m2", Tier.REGIONAL, Scope.MUNICIPALITIES, null, Set.of("980"),
            Set.of("west"));
    private static final GroupFact TWO = group("m3", Tier.REGIONAL, Scope.MUNICIPALITIES, null, Set.of("536", "211"),
            Set.of("west"));
    private static final GroupFact NO_SCOPE = group("n1", Tier.REGIONAL, null, null, Set.of(), Set.of());
    private static final GroupFact PROVINCIAL = group("p1", Tier.PROVINCIAL, Scope.REGION, null, Set.of(), Set.of());

    private final GroupsAbove above = new GroupsAbove(
            List.of(TWO, YLOJARVI, NOKIA, NO_SCOPE, EAST, WEST, REGION_WIDE, PROVINCIAL), ABOVE);

    @Test
    void aLocalGroupHasTheRegionalGroupsOfItsAreaAndMunicipalitiesOnceEachSortedById() {
        GroupFact local = group("l1", Tier.LOCAL, Scope.MUNICIPALITIES, null, Set.of("536", "211"), Set.of("west"));
        assertEquals(List.of(WEST, NOKIA, TWO, REGION_WIDE), above.of(local));
    }

    @Test
    void aGroupSharingNoMunicipalityOrAreaHasOnlyTheRegionWideGroups() {
        GroupFact local = group("l2", Tier.LOCAL, Scope.MUNICIPALITIES, null, Set.of("837"), Set.of("north"));
        assertEquals(List.of(REGION_WIDE), above.of(local));
    }

    @Test
    void aRegionalGroupHasTheProvincialGroups() {
        assertEquals(List.of(PROVINCIAL), above.of(EAST));
    }

    @Test
    void nothingIsAboveTheTopTierOrAGroupWithoutTier() {
        assertEquals(List.of(), above.of(PROVINCIAL));
        assertEquals(List.of(), above.of(group("x", null, Scope.REGION, null, Set.of(), Set.of())));
    }

    @Test
    void theLookupAgreesWithTestingEveryGroupOfTheTierAbove() {
        List<GroupFact> all = List.of(TWO, YLOJARVI, NOKIA, NO_SCOPE, EAST, WEST, REGION_WIDE, PROVINCIAL);
        for (GroupFact lower : List.of(WEST, EAST, NOKIA, YLOJARVI, TWO, REGION_WIDE,
                group("l3", Tier.LOCAL, Scope.AREA, "east", Set.of("980"), Set.of("east")))) {
            Tier tier = ABOVE.get(lower.tier());
            List<GroupFact> expected = all.stream().filter(u -> u.tier() == tier && u.isAbove(lower))
                    .sorted(java.util.Comparator.comparing(GroupFact::id)).toList();
            assertEquals(expected, above.of(lower), lower.id());
        }
    }
}
