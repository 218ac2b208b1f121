package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.report.OrganisationRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts of a check with more added for one run (a meeting), and the attendees of that meeting. */
class FactsTest {

    private final Facts facts = new Facts(null, new CheckContext(LocalDate.of(2024, 3, 1), null, "R", "Region", false),
            List.of("a", "b"), Map.of());

    @Test
    void moreFactsComeAfterTheOthersAndNoneLeaveTheFactsAsTheyWere() {
        MeetingFact meeting = new MeetingFact("m1", "g1", LocalDate.of(2024, 3, 5), List.of("p2", "p1", "p2"), null);

        Facts more = facts.with(List.of(meeting));

        assertEquals(List.of("a", "b", meeting), more.all());
        assertSame(facts.context(), more.context());
        assertEquals(List.of("a", "b"), facts.all(), "the facts themselves are unchanged");
        assertSame(facts, facts.with(List.of()));
        assertEquals(java.util.Set.of("p1", "p2"), meeting.attendeeSet());
        assertEquals(List.of("p1", "p2"), meeting.attendees(), "sorted, each once");
    }

    @Test
    void aMessageNamesAnOrganisationOrAnAreaByItsName() {
        CheckContext context = new CheckContext(LocalDate.of(2024, 3, 1), null, "R", "Region", false,
                RequirementIndex.empty(), Map.of("mll", new Organisation("mll", OrganisationType.NGO, "MLL:n piiri",
                        null, List.of(), null)), Map.of("a1", new Area("a1", "Läntinen alue", null),
                        "a2", new Area("a2", null, null)));

        assertEquals(new OrganisationRef("mll", "MLL:n piiri"), context.organisation("mll"));
        assertEquals(new OrganisationRef("srk", null), context.organisation("srk"), "one the data does not define");
        assertEquals(new OrganisationRef(null, null), context.organisation(null));
        assertEquals(new OrganisationRef("mll", null), facts.context().organisation("mll"), "a context without them");
        assertEquals("Läntinen alue, a2, a3", context.areas(List.of("a1", "a2", "a3")), "by name, else by id");
        assertEquals(null, context.area(null));
    }
}
