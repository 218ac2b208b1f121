package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.facts.MeetingFact;
import fi.perhekeskus.pkcheck.facts.SeatFact;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom the advice names for each MEET gap: only absent seat-holders (a secretary holds no seat; a member whose
 * deputy comes is present), only those who would close that gap, each once, in person order, with their deputy.
 */
class MeetingAdvisorTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 12);

    private static final MeetingFact MEETING = new MeetingFact("m1", "g", DATE,
            List.of("p-anna", "p-fay", "p-guest"), null);

    private static SeatFact seat(String person, Role role, OrganisationType type, String municipality, String deputy,
                                 boolean seat) {
        return new SeatFact("g", Tier.LOCAL, person, null, "org-" + person, type, municipality, role, deputy, null,
                DATE.minusYears(1), DATE.plusYears(1), true, seat, null);
    }

    /** The group: who attends, who is absent, and what each absent one could close. */
    private static final List<SeatFact> SEATS = List.of(
            seat("p-cai", Role.MEMBER, OrganisationType.NGO, null, null, true),
            seat("p-anna", Role.CHAIR, OrganisationType.WELLBEING_REGION, null, null, true),
            seat("p-bo", Role.VICE_CHAIR, OrganisationType.MUNICIPALITY, "536", "p-dep", true),
            seat("p-dan", Role.SECRETARY, OrganisationType.NGO, null, null, false),
            seat("p-eve", Role.MEMBER, OrganisationType.MUNICIPALITY, "837", "p-fay", true),
            seat("p-ari", Role.MEMBER, OrganisationType.PARISH, null, null, true),
            seat("p-cai", Role.MEMBER, OrganisationType.NGO, null, null, true),
            seat("p-kim", Role.MEMBER, null, null, null, true),
            seat(null, Role.MEMBER, OrganisationType.NGO, null, null, true));

    private static final Suggestion.Invite ARI = invite("p-ari", null);
    private static final Suggestion.Invite BO = invite("p-bo", "p-dep");
    private static final Suggestion.Invite CAI = invite("p-cai", null);
    private static final Suggestion.Invite KIM = invite("p-kim", null);

    private static Suggestion.Invite invite(String member, String deputy) {
        return new Suggestion.Invite(new PersonRef(member), deputy == null ? null : new PersonRef(deputy));
    }

    private static Finding.Builder gap(String rule) {
        return Finding.builder(rule, Severity.ERROR).subject("meeting", "m1").in("g", Tier.LOCAL);
    }

    private static Suggestion only(Finding finding) {
        List<Suggestion> suggestions = MeetingAdvisor.advise(MEETING, SEATS, List.of(finding));
        assertEquals(1, suggestions.size(), suggestions.toString());
        return suggestions.get(0);
    }

    @Test
    void aMissingQuorumNamesEveryAbsentSeatHolderAndHowManyMustCome() {
        Finding f = gap("MEET-001").args(4, 7, 6).detail("present", 4L).detail("seats", 7L).detail("needed", 6L)
                .build();
        assertEquals(new Suggestion("MEET-001", "suggest.MEET-001", List.of(2L), 2, List.of(ARI, BO, CAI, KIM)),
                only(f));
    }

    @Test
    void aMissingChairGroupNamesTheAbsentChairAndViceChair() {
        assertEquals(new Suggestion("MEET-002", "suggest.MEET-002", List.of(), 1, List.of(BO)),
                only(gap("MEET-002").args("g").build()));
    }

    @Test
    void aMissingOrganisationTypeNamesTheAbsentSeatsOfThoseTypes() {
        Finding f = gap("MEET-003").args("NGO, PARISH").detail("types", "NGO|PARISH").build();
        assertEquals(new Suggestion("MEET-003", "suggest.MEET-003", List.of("NGO, PARISH"), 1, List.of(ARI, CAI)),
                only(f));
    }

    @Test
    void aMissingMunicipalityNamesItsAbsentSeats() {
        Finding f = gap("MEET-004").args("Nokia (536)").detail("municipality", "536").build();
        assertEquals(new Suggestion("MEET-004", "suggest.MEET-004", List.of("Nokia (536)"), 1, List.of(BO)), only(f));
        Finding covered = gap("MEET-004").args("Ylöjärvi (837)").detail("municipality", "837").build();
        assertEquals(List.of(), only(covered).invites());
    }

    @Test
    void aGuestHasNobodyToInviteAndEachGapGetsItsOwnSuggestion() {
        Finding guest = gap("MEET-005").args("p-guest", "g").detail("person", "p-guest").build();
        assertEquals(List.of(), MeetingAdvisor.advise(MEETING, SEATS, List.of(guest)));
        List<Suggestion> both = MeetingAdvisor.advise(MEETING, SEATS, List.of(gap("MEET-002").build(), guest,
                gap("MEET-004").detail("municipality", "536").build()));
        assertEquals(List.of("MEET-002", "MEET-004"), both.stream().map(Suggestion::rule).toList());
    }
}
