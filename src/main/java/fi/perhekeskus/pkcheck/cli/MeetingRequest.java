package fi.perhekeskus.pkcheck.cli;

import java.time.LocalDate;
import java.util.List;

/**
 * Which meeting a pre-meeting check is about: one from the data ({@code meetingId}), or one given on
 * the command line by its group, attendees and date.
 */
public record MeetingRequest(String meetingId, String groupId, List<String> attendees, LocalDate date) {

    public static MeetingRequest of(String meetingId) {
        return new MeetingRequest(meetingId, null, List.of(), null);
    }

    public static MeetingRequest adHoc(String groupId, List<String> attendees, LocalDate date) {
        return new MeetingRequest(null, groupId, attendees, date);
    }
}
