package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The meeting a pre-meeting check is about: its group, date and the people who confirmed. Only this
 * one meeting is inserted, so the MEET rules fire for it alone.
 *
 * @param location the meeting's record in the data, or null for a meeting given on the command line
 * @param idsOfNames for each attendee given by a person's name rather than an id (a coordinator types "Outi
 *                   Toivonen"), the id of the one person of that name; MEET-005 names it
 */
public record MeetingFact(String id, String group, LocalDate date, List<String> attendees, Location location,
                          Map<String, String> idsOfNames) {

    public MeetingFact {
        attendees = List.copyOf(new TreeSet<>(attendees));
        idsOfNames = Map.copyOf(idsOfNames);
    }

    /** A meeting whose attendees are all given by id, or whose names are not looked up. */
    public MeetingFact(String id, String group, LocalDate date, List<String> attendees, Location location) {
        this(id, group, date, attendees, location, Map.of());
    }

    /** The id of the person whose name the attendee {@code text} is, or null where it is none's (or an id). */
    public String idOfName(String text) {
        return idsOfNames.get(text);
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
