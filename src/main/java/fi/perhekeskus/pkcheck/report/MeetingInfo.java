package fi.perhekeskus.pkcheck.report;

import java.time.LocalDate;
import java.util.List;

/** The meeting a pre-meeting report is about. */
public record MeetingInfo(String id, String group, LocalDate date, List<PersonRef> attendees) {

    public MeetingInfo {
        attendees = List.copyOf(attendees);
    }
}
