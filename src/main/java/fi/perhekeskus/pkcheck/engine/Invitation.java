package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whom to invite to close one gap of a meeting (kutsuttavat): a MEET rule inserts it beside its finding, from
 * the seats it matched, so the advice is the rule's own reading of the meeting and no Java copy of it. It stands
 * or falls with its finding when the findings are settled (a gap the model switches off or a waiver covers needs
 * nobody called).
 *
 * @param gap        the finding as the rule made it
 * @param suggestion the absent members to invite, each with their deputy, and what the advice says
 */
public record Invitation(Finding gap, Suggestion suggestion) {

    /** Whether {@code settled} is this gap's finding after settling, which may have given it the model's severity. */
    public boolean closes(Finding settled) {
        return settled.withSeverity(gap.severity()).equals(gap);
    }

    /** The suggestions for the gaps among the settled {@code findings}, in the findings' order. */
    public static List<Suggestion> suggestions(List<Finding> findings, Collection<Invitation> invitations) {
        List<Suggestion> result = new ArrayList<>();
        for (Finding finding : findings) {
            invitations.stream().filter(i -> i.closes(finding)).findFirst().ifPresent(i -> result.add(i.suggestion()));
        }
        return result;
    }
}
