package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.facts.MeetingFact;
import fi.perhekeskus.pkcheck.facts.SeatFact;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whom to call before a meeting: for each gap the MEET rules found, the absent members (and their
 * deputies) whose presence would close it. Reads the gaps from the findings and the seats from the facts.
 */
public final class MeetingAdvisor {

    private MeetingAdvisor() {
    }

    /**
     * @param seats    the seats of the meeting's group on the meeting date
     * @param findings the MEET findings about the meeting
     */
    public static List<Suggestion> advise(MeetingFact meeting, List<SeatFact> seats, List<Finding> findings) {
        List<SeatFact> absent = seats.stream().filter(SeatFact::seat).filter(s -> !meeting.present(s))
                .sorted(Comparator.comparing(SeatFact::person, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Finding f : findings) {
            switch (f.rule()) {
                case "MEET-001" -> {
                    long needed = ((Number) f.details().get("needed")).longValue()
                            - ((Number) f.details().get("present")).longValue();
                    suggestions.add(suggestion(f, List.of(needed), (int) needed, absent, s -> true));
                }
                case "MEET-002" -> suggestions.add(suggestion(f, List.of(), 1, absent, SeatFact::isChairGroup));
                case "MEET-003" -> {
                    Set<OrganisationType> types = Arrays.stream(f.details().get("types").toString().split("\\|"))
                            .map(OrganisationType::valueOf).collect(Collectors.toSet());
                    suggestions.add(suggestion(f, f.args(), 1, absent,
                            s -> s.representsType() != null && types.contains(s.representsType())));
                }
                case "MEET-004" -> {
                    String code = f.details().get("municipality").toString();
                    suggestions.add(suggestion(f, f.args(), 1, absent, s -> code.equals(s.representsMunicipality())));
                }
                default -> {
                    // MEET-005 (an attendee who is not in the group) has nobody to invite.
                }
            }
        }
        return suggestions;
    }

    private static Suggestion suggestion(Finding f, List<?> args, int needed, List<SeatFact> absent,
                                         Predicate<SeatFact> closes) {
        List<Suggestion.Invite> invites = absent.stream().filter(closes).filter(s -> s.person() != null)
                .map(s -> new Suggestion.Invite(new PersonRef(s.person()),
                        s.deputy() == null ? null : new PersonRef(s.deputy())))
                .distinct()
                .toList();
        return new Suggestion(f.rule(), "suggest." + f.rule(), new ArrayList<>(args), needed, invites);
    }
}
