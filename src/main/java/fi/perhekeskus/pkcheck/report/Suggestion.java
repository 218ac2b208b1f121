package fi.perhekeskus.pkcheck.report;

import java.util.List;

/**
 * Whom a coordinator could invite to close one gap of a meeting: the absent members (each with their
 * personal deputy, where they have one) whose presence would close it.
 *
 * @param rule       the MEET rule whose gap this closes
 * @param messageKey the bundle key describing the gap; {@code args} fill it
 * @param needed     how many of the invitees must come (MEET-001), or 1
 */
public record Suggestion(String rule, String messageKey, List<Object> args, int needed, List<Invite> invites) {

    public Suggestion {
        args = List.copyOf(args);
        invites = List.copyOf(invites);
    }

    /** An absent member to invite, and the deputy who could come instead; the deputy may be null. */
    public record Invite(PersonRef member, PersonRef deputy) {
    }
}
