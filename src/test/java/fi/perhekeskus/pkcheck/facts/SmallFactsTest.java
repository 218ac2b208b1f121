package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small carriers of the facts: a member given field by field, a tier's seat-holders, frozen id sets. */
class SmallFactsTest {

    @Test
    void aMemberGivenFieldByFieldKeepsEveryField() {
        Location at = new Location("d.yaml", 7, 3, null);
        Member m = new Member("g", Tier.REGIONAL, "p", null, "o", OrganisationType.KELA, null, Role.VICE_CHAIR, "d",
                null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), true, true, at);
        assertEquals(new Membership("g", "p", "o", Role.VICE_CHAIR, "d", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), at), m.entry());
        assertEquals("g", m.group());
        assertEquals(Tier.REGIONAL, m.tier());
        assertEquals("p", m.person());
        assertEquals("o", m.represents());
        assertEquals(OrganisationType.KELA, m.representsType());
        assertEquals(Role.VICE_CHAIR, m.role());
        assertEquals("d", m.deputy());
        assertEquals(LocalDate.of(2024, 1, 1), m.termFrom());
        assertEquals(LocalDate.of(2024, 12, 31), m.termUntil());
        assertEquals(at, m.location());
        assertTrue(m.isChairGroup());
        Member noRole = new Member("g", Tier.REGIONAL, "p", null, "o", null, null, null, null, null, null, null, true,
                true, at);
        assertFalse(noRole.isChairGroup());
        Member notSeat = new Member("g", Tier.REGIONAL, "p", null, "o", null, null, Role.CHAIR, null, null, null, null,
                false, false, at);
        assertFalse(notSeat.isChairGroup());
        assertEquals(m, new Member("g", Tier.REGIONAL, "p", null, "o", OrganisationType.KELA, null, Role.VICE_CHAIR, "d",
                null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), true, true, at));
        assertNotEquals(m, notSeat);
    }

    @Test
    void tierSeatsGivenASetCopyIt() {
        Set<String> people = new HashSet<>(Set.of("a", "b"));
        TierSeats seats = new TierSeats(Tier.LOCAL, people);
        people.add("c");
        assertFalse(seats.holds("c"), "a copy");
        assertTrue(seats.holds("a"));
        assertEquals(Set.of("a", "b"), seats.holders());
        assertEquals("TierSeats[LOCAL, 2 holders]", seats.toString());
        assertEquals(Tier.LOCAL.hashCode(), seats.hashCode());
    }

    @Test
    void tierSeatsOfGroupsHoldTheSeatsOfPeopleAndLetNobodyChangeThem() {
        List<Member> first = List.of(entry("p1", true), entry("p2", false), entry(null, true), entry("p3", true));
        List<Member> second = List.of(entry("p3", true), entry("p4", true));
        TierSeats seats = TierSeats.of(Tier.LOCAL, List.of(first, second));
        assertTrue(seats.holds("p4"), "a holder of the second group");
        assertTrue(seats.holds("p1"));
        assertFalse(seats.holds("p2"), "an entry that is no seat (out of term, or a secretary's)");
        assertFalse(seats.holds(null), "an entry without a person");
        assertEquals(Set.of("p1", "p3", "p4"), seats.holders(), "each holder once");
        assertEquals(List.of("p1", "p3", "p4"), seats.holders().stream().sorted().toList());
        assertEquals(3, seats.holders().size());
        assertTrue(seats.holders() == seats.holders(), "worked out once");
        assertThrows(UnsupportedOperationException.class, () -> seats.holders().remove("p1"));
        assertThrows(UnsupportedOperationException.class, () -> seats.holders().add("p9"));
        assertEquals("TierSeats[LOCAL, 3 holders]", seats.toString());
        TierSeats again = TierSeats.of(Tier.LOCAL, List.of(first, second));
        assertEquals(new TierSeats(Tier.LOCAL, Set.of("p1", "p3", "p4")), again, "equal before it was asked");
        assertNotEquals(new TierSeats(Tier.REGIONAL, Set.of("p1", "p3", "p4")), seats);
        assertNotEquals(new TierSeats(Tier.LOCAL, Set.of("p1")), seats);
        assertNotEquals("p1", seats);
    }

    @Test
    void aGroupHasSeatsHeldWhereOneOfItsEntriesIsASeatOfAPerson() {
        assertTrue(TierSeats.anySeatHeld(List.of(entry("p1", false), entry("p2", true))));
        assertFalse(TierSeats.anySeatHeld(List.of(entry("p1", false), entry(null, true))));
        assertFalse(TierSeats.anySeatHeld(List.of()));
    }

    private static Member entry(String person, boolean seat) {
        return new Member("g", Tier.LOCAL, person, null, null, null, null, Role.MEMBER, null, null, null, null, seat,
                seat, new Location("d.yaml", 1, 1, null));
    }

    @Test
    void frozenIdsAreTheSameIdsImmutable() {
        Set<String> ids = new HashSet<>(List.of("x", "y", "z"));
        Set<String> frozen = DistinctIds.frozen(ids);
        assertEquals(ids, frozen);
        assertThrows(UnsupportedOperationException.class, () -> frozen.add("w"));
        assertTrue(DistinctIds.frozen(new HashSet<>()).isEmpty());
        assertTrue(Set.copyOf(frozen) == frozen, "a record's own copy keeps it as it is");
    }
}
