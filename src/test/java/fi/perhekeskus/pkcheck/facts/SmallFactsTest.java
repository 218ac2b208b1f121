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
    void tierSeatsOwningASetKeepItAndLetNobodyChangeIt() {
        IdTable people = new IdTable();
        people.put("a");
        people.put("b");
        TierSeats owned = TierSeats.owning(Tier.LOCAL, people);
        assertTrue(owned.holds("b"));
        assertFalse(owned.holds("z"));
        assertThrows(UnsupportedOperationException.class, () -> owned.holders().remove("a"));
        assertEquals(new TierSeats(Tier.LOCAL, Set.of("a", "b")), owned);
        assertNotEquals(new TierSeats(Tier.REGIONAL, Set.of("a", "b")), owned);
        assertNotEquals(new TierSeats(Tier.LOCAL, Set.of("a")), owned);
        assertNotEquals("a", owned);
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
