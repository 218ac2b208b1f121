package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.report.MeetingInfo;
import fi.perhekeskus.pkcheck.report.Report;
import java.util.stream.Collectors;

/**
 * The line that says which meeting a pre-meeting report is about, as text, Markdown and HTML print it: the
 * group by name (with its id), the date, and who has confirmed (by name where the report names whom to invite). A meeting from the data is named by its id; an
 * ad hoc check's id is made up from the group and the date, so it is not shown.
 */
final class MeetingLine {

    private MeetingLine() {
    }

    /** The line for {@code report}'s meeting, in the language of {@code m}, which also writes its date. */
    static String of(Report report, Messages m) {
        return line("text.", report, m, m.date(report.meeting().date()));
    }

    /**
     * The meeting as the value of an HTML report's "Meeting" fact: the same without the leading word, which the
     * fact's label already says; its date written as {@code date}.
     */
    static String fact(Report report, Messages m, String date) {
        return line("html.", report, m, date);
    }

    private static String line(String prefix, Report report, Messages m, String date) {
        MeetingInfo meeting = report.meeting();
        Report.GroupInfo group = report.groups().get(meeting.group());
        String named = group == null || group.name() == null || group.name().isBlank() ? meeting.group()
                : group.name() + " (" + meeting.group() + ")";
        String attendees = meeting.attendees().isEmpty() ? "-"
                : meeting.attendees().stream().map(m::attendee).collect(Collectors.joining(", "));
        return m.get(prefix + (meeting.adHoc() ? "meetingAdHoc" : "meeting"), meeting.id(), named, date, attendees);
    }
}
