package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import fi.perhekeskus.pkcheck.report.Finding;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What DRL consequences call to make a finding: the rule's id and default severity come from its
 * {@code @id} and {@code @severity} annotations, so they are written in one place only.
 */
public final class Emit {

    private Emit() {
    }

    /** A finding builder for the rule that is firing. */
    public static Finding.Builder finding(RuleContext kcontext) {
        RuleInfo info = RuleInfo.of(kcontext.getRule());
        return Finding.builder(info.id(), info.severity());
    }

    /** The finding of a data problem found while loading, raised by the DATA rule that fires for it. */
    public static Finding problem(RuleContext kcontext, DataProblem problem) {
        return finding(kcontext)
                .subject(problem.subjectType(), problem.subjectId())
                .key(problem.key())
                .args(problem.args())
                .at(problem.location())
                .details(problem.details())
                .build();
    }

    /** A person as a message argument: shown by id, name or pseudonym as the report asks. */
    public static PersonRef person(String id) {
        return new PersonRef(id);
    }

    /** The values sorted, so that details do not depend on the order facts were inserted. */
    public static List<String> sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }

    /** Organisation types in a stable order, for messages and details. */
    public static List<OrganisationType> types(Collection<OrganisationType> types) {
        return types.stream().sorted().toList();
    }

    /** "PARISH|DIOCESE": a requirement's types as a detail value. */
    public static String typeList(Collection<OrganisationType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
    }

    /**
     * Whom to invite to close {@code gap} (MEET rules): the holders of the absent {@code seats} the rule matched,
     * each once with their personal deputy, in order of person id; {@code needed} of them must come.
     *
     * @param args what the advice's message says of the gap ({@code suggest.<rule id>})
     */
    public static Invitation invite(Finding gap, long needed, List<?> args, Collection<?> seats) {
        List<Suggestion.Invite> invites = seats.stream().map(Member.class::cast).filter(s -> s.person() != null)
                .sorted(Comparator.comparing(Member::person)
                        .thenComparing(Member::deputy, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(s -> new Suggestion.Invite(new PersonRef(s.person()),
                        s.deputy() == null ? null : new PersonRef(s.deputy())))
                .distinct()
                .toList();
        return new Invitation(gap, new Suggestion(gap.rule(), "suggest." + gap.rule(), new ArrayList<>(args),
                Math.toIntExact(needed), invites));
    }

    /** Whether {@code present} seats of {@code seats} are more than the {@code quorum} share (MEET-001). */
    public static boolean quorate(long present, long seats, double quorum) {
        return present > quorum * seats;
    }

    /** The fewest present seats that make a meeting quorate: 14 of 27 at one half. */
    public static long quorumNeeded(long seats, double quorum) {
        return (long) Math.floor(quorum * seats) + 1;
    }

    /** The later of two locations: one finding about two records points at the second. */
    public static Location later(Location a, Location b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
