package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.MeetingPlace;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ROLE-004 asks a coordinator's fact whether they hold a seat for a municipality, instead of joining every seat. */
class MeetingPlaceCoordinatorTest {

    private static Member seat(String person, String municipality, Role role, boolean inTerm) {
        return new Member("g", Tier.LOCAL, person, null, "org", OrganisationType.MUNICIPALITY, municipality, role,
                null, null, null, null, inTerm, inTerm && role != Role.SECRETARY, null);
    }

    private static Dataset places(MeetingPlace... places) {
        return new Dataset(List.of(), null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(places), List.of(), List.of(), List.of());
    }

    @Test
    void theMunicipalitiesACoordinatorRepresentsInASeatAreWorkedOutOnce() {
        Dataset data = places(new MeetingPlace("mp1", null, "837", "c1", null),
                new MeetingPlace("mp2", null, "837", null, null));
        List<Object> facts = List.of(seat("c1", "837", Role.MEMBER, true), seat("c1", "211", Role.SECRETARY, true),
                seat("c1", "980", Role.MEMBER, false), seat("c1", null, Role.MEMBER, true),
                seat("other", "604", Role.MEMBER, true), "not a seat");
        Map<String, Set<String>> seats = FactBuilder.coordinatorSeats(data, facts);
        assertEquals(Map.of("c1", Set.of("837")), seats,
                "a secretary's entry and an entry out of term are no seats; people who coordinate nothing are left out");
        assertEquals(Map.of(), FactBuilder.coordinatorSeats(places(new MeetingPlace("mp", null, "837", null, null)),
                facts));
    }

    @Test
    void holdsSeatForAsksTheSetAndNeverANullCode() {
        Person p = new Person("c1", null, null, "org", null);
        MeetingPlaceCoordinator coordinator = new MeetingPlaceCoordinator("mp1", p, Set.of("837"));
        assertTrue(coordinator.holdsSeatFor("837"));
        assertFalse(coordinator.holdsSeatFor("211"));
        assertFalse(coordinator.holdsSeatFor(null));
        assertEquals(p, coordinator.coordinator());
    }
}
