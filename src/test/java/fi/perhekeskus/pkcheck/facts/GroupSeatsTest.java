package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a group's seats count as for SIZE-001, ROLE-001, REP-001, REP-002 and TERM-004. */
class GroupSeatsTest {

    private static Member entry(String person, OrganisationType type, String municipality, Role role,
                                  boolean inTerm) {
        return new Member("g", Tier.LOCAL, person, null, "org-" + person, type, municipality, role, null, null,
                null, null, inTerm, inTerm && role != Role.SECRETARY, null);
    }

    private final GroupSeats seats = GroupSeats.of(
            new GroupFact("g", null, Tier.LOCAL, null, null, List.of(), false, true, Set.of(), Set.of(), null), List.of(
            entry("a", OrganisationType.MUNICIPALITY, "433", Role.CHAIR, true),
            entry("b", OrganisationType.MUNICIPALITY, "434", Role.MEMBER, true),
            entry("c", OrganisationType.NGO, null, Role.MEMBER, true),
            entry("d", null, null, null, true),
            entry("e", OrganisationType.KELA, null, Role.SECRETARY, true),
            entry("f", OrganisationType.KELA, "435", Role.MEMBER, false)));

    @Test
    void onlySeatsCount() {
        assertEquals(4, seats.seats(), "the secretary and the entry out of term are no seats");
        assertEquals(2, seats.withRole(Role.MEMBER));
        assertEquals(1, seats.withRole(Role.CHAIR));
        assertEquals(0, seats.withRole(Role.SECRETARY));
        assertEquals(1, seats.withRole(null), "a seat whose role the data got wrong");
        assertEquals(3, seats.representing(Set.of(OrganisationType.MUNICIPALITY, OrganisationType.NGO)));
        assertEquals(0, seats.representing(Set.of(OrganisationType.KELA)));
        assertTrue(seats.represents("433"));
        assertFalse(seats.represents("435"), "out of term");
    }

    @Test
    void theChairSeatsAreKeptInTheOrderOfTheData() {
        GroupSeats two = GroupSeats.of(seats.record(), List.of(
                entry("z", OrganisationType.NGO, null, Role.CHAIR, true),
                entry("y", OrganisationType.MUNICIPALITY, "433", Role.MEMBER, true),
                entry("x", OrganisationType.MUNICIPALITY, "434", Role.CHAIR, true),
                entry("w", OrganisationType.MUNICIPALITY, "435", Role.CHAIR, false)));
        assertEquals(List.of("z", "x"), two.chairHolders(), "the chair out of term holds no seat");
        assertEquals(1, two.chairsRepresenting(OrganisationType.MUNICIPALITY));
        assertEquals(0, two.chairsRepresenting(OrganisationType.KELA));
        assertEquals(List.of("a"), seats.chairHolders());
        assertEquals("g", seats.group());
        assertEquals(Tier.LOCAL, seats.tier());
    }

    @Test
    void deputiesInTermAndTheirRepeatsShowTheGroupsTerm004LooksAt() {
        GroupFact g = new GroupFact("g", null, Tier.LOCAL, null, null, List.of("433"), true, true, Set.of("433"),
                Set.of(), null);
        Member member = deputised("a", "b", "433", true);
        GroupSeats none = GroupSeats.of(g, List.of(member, deputised("c", "d", "433", true),
                deputised("e", "b", "433", false)));
        assertFalse(none.deputisesTwice("b"), "the second entry deputised by b is out of term");
        assertFalse(none.deputyHasEntryInTerm());
        assertFalse(none.representsOutsideScope());
        GroupSeats both = GroupSeats.of(g, List.of(member, deputised("b", "a", "434", true),
                deputised("c", "a", "433", true)));
        assertTrue(both.deputisesTwice("a"));
        assertFalse(both.deputisesTwice("b"));
        assertTrue(both.deputyHasEntryInTerm(), "b deputises a and holds an entry in term");
        assertTrue(both.representsOutsideScope(), "434 is not in the group's scope");
    }

    @Test
    void theSeatsTerm004AndRep003ReadAreKeptOnlyWhereTheGroupShowsACase() {
        GroupFact g = new GroupFact("g", null, Tier.LOCAL, null, null, List.of("433"), true, true, Set.of("433"),
                Set.of(), null);
        Member a = deputised("a", "b", "433", true);
        Member b = deputised("b", "a", "434", true);
        Member c = deputised("c", "a", "435", true);
        Member out = deputised("e", "b", "436", false);
        GroupSeats both = GroupSeats.of(g, List.of(a, out, b, c));
        assertEquals(List.of(a, b, c), both.deputySeats(), "the entries in term that name a deputy, in data order");
        assertEquals(List.of(b, c), both.outsideScope(), "seats for 434 and 435; 433 is in scope, 436 out of term");
        GroupSeats quiet = GroupSeats.of(g, List.of(a, deputised("c", "d", "433", true), out));
        assertEquals(List.of(), quiet.deputySeats(), "no deputy holds an entry in term, none deputises twice");
        assertEquals(List.of(), quiet.outsideScope());
        assertFalse(quiet.representsOutsideScope());
        GroupSeats twice = GroupSeats.of(g, List.of(deputised("x", "d", "433", true),
                deputised("y", "d", "433", true)));
        assertEquals(2, twice.deputySeats().size(), "d deputises two seats in term");
        Member noDeputy = deputised("z", null, "434", true);
        assertEquals(List.of(), GroupSeats.of(g, List.of(noDeputy, deputised("w", "z", "433", true)))
                .deputySeats().stream().filter(s -> s.deputy() == null).toList(), "an entry without a deputy");
        assertEquals(both, GroupSeats.of(g, List.of(a, out, b, c)));
        assertFalse(both.equals(GroupSeats.of(g, List.of(a, out, c, b))), "the order of the seats counts");
    }

    private static Member deputised(String person, String deputy, String municipality, boolean inTerm) {
        return new Member("g", Tier.LOCAL, person, null, "org-" + person, OrganisationType.MUNICIPALITY,
                municipality, Role.MEMBER, deputy, null, null, null, inTerm, inTerm, null);
    }

    @Test
    void anEntryInTermCountsForTheDeputyRuleWhateverItsRole() {
        assertTrue(seats.hasEntryInTerm("e"), "a secretary in term");
        assertFalse(seats.hasEntryInTerm("f"));
        assertFalse(seats.hasEntryInTerm("x"));
    }
}
