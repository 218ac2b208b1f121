package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The meeting a pre-meeting check is about: its group, date and the people who confirmed. Only this
 * one meeting is inserted, so the MEET rules fire for it alone.
 *
 * @param location the meeting's record in the data, or null for a meeting given on the command line
 */
public record MeetingFact(String id, String group, LocalDate date, List<String> attendees, Location location) {

    public MeetingFact {
        attendees = List.copyOf(new TreeSet<>(attendees));
    }

    public boolean attends(String person) {
        return person != null && attendees.contains(person);
    }

    /**
     * Whether a seat is present: its holder attends or, if the holder does not, its personal deputy does.
     * A deputy stands in for the member it deputises, and only for that seat.
     */
    public boolean present(Member seat) {
        return attends(seat.person()) || seat.deputy() != null && attends(seat.deputy());
    }

    public Set<String> attendeeSet() {
        return Set.copyOf(attendees);
    }
}
