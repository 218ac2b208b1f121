package fi.perhekeskus.pkcheck.report;

import java.time.LocalDate;
import java.util.List;

/** The meeting a pre-meeting report is about. */
public record MeetingInfo(String id, String group, LocalDate date, List<PersonRef> attendees) {

    public MeetingInfo {
        attendees = List.copyOf(attendees);
    }

    /** The id of a meeting checked without being in the data (an ad hoc check): its group's id and date. */
    public static String adHocId(String group, LocalDate date) {
        return group + "@" + date;
    }

    /** Whether this meeting was checked without being in the data, so that its id was made up for it. */
    public boolean adHoc() {
        return id.equals(adHocId(group, date));
    }
}
