package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.facts.Member;
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
 * What a MEET rule's consequence makes of the seats it matched ({@link Emit#invite}), and how the invitations
 * follow their findings through settling ({@link Invitation}). Which seats each rule matches is pinned by the
 * rule cases' {@code invite:} lists.
 */
class InvitationTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 12);

    private static Member seat(String person, String deputy) {
        return new Member("g", Tier.LOCAL, person, null, "org", null, null, Role.MEMBER, deputy, null,
                DATE.minusYears(1), DATE.plusYears(1), true, true, null);
    }

    private static Finding gap(String rule, Object... args) {
        return Finding.builder(rule, Severity.WARNING).subject("meeting", "m1").args(args).in("g", Tier.LOCAL)
                .build();
    }

    private static Suggestion.Invite invite(String member, String deputy) {
        return new Suggestion.Invite(new PersonRef(member), deputy == null ? null : new PersonRef(deputy));
    }

    @Test
    void theAbsentSeatsHoldersAreNamedOnceEachInPersonOrderWithTheirDeputies() {
        Finding gap = gap("MEET-003", "NGO");
        Invitation invitation = Emit.invite(gap, 1, gap.args(), List.of(seat("p-eve", "p-fay"), seat(null, "p-x"),
                seat("p-ari", null), seat("p-eve", "p-fay"), seat("p-ari", "p-bo"), seat("p-cai", null)));
        assertEquals(gap, invitation.gap());
        assertEquals(new Suggestion("MEET-003", "suggest.MEET-003", List.of("NGO"), 1,
                List.of(invite("p-ari", null), invite("p-ari", "p-bo"), invite("p-cai", null),
                        invite("p-eve", "p-fay"))), invitation.suggestion());
    }

    @Test
    void howManyMustComeAndWhatTheAdviceSaysAreTheRulesToSay() {
        Finding gap = gap("MEET-001", 2L, 7L, 5L);
        Suggestion s = Emit.invite(gap, 3, List.of(3L), List.of(seat("p1", null))).suggestion();
        assertEquals(3, s.needed());
        assertEquals(List.of(3L), s.args());
        assertEquals("suggest.MEET-001", s.messageKey());
        assertEquals(List.of(), Emit.invite(gap, 1, List.of(), List.of()).suggestion().invites(),
                "nobody in the group can close the gap");
    }

    @Test
    void anInvitationClosesItsGapWhateverSeverityTheModelGaveIt() {
        Finding gap = gap("MEET-004", "Nokia (536)");
        Invitation invitation = Emit.invite(gap, 1, gap.args(), List.of(seat("p1", null)));
        assertTrue(invitation.closes(gap));
        assertTrue(invitation.closes(gap.withSeverity(Severity.ERROR)));
        assertFalse(invitation.closes(gap("MEET-004", "Tampere (837)")));
        assertFalse(invitation.closes(gap("MEET-003", "Nokia (536)")));
    }

    @Test
    void theSuggestionsFollowTheSettledFindingsAndOnlyThose() {
        Finding nokia = gap("MEET-004", "Nokia (536)");
        Finding tampere = gap("MEET-004", "Tampere (837)");
        Finding guest = gap("MEET-005", "p-guest");
        Invitation forNokia = Emit.invite(nokia, 1, nokia.args(), List.of(seat("p1", null)));
        Invitation forTampere = Emit.invite(tampere, 1, tampere.args(), List.of(seat("p2", null)));
        Invitation switchedOff = Emit.invite(gap("MEET-003", "NGO"), 1, List.of("NGO"), List.of(seat("p3", null)));
        assertEquals(List.of(forTampere.suggestion(), forNokia.suggestion()), Invitation.suggestions(
                List.of(tampere.withSeverity(Severity.ERROR), guest, nokia), List.of(forNokia, switchedOff, forTampere)));
        assertEquals(List.of(), Invitation.suggestions(List.of(), List.of(forNokia)));
    }
}
