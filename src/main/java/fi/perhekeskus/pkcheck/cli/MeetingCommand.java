package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.InputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pkcheck meeting PATH --meeting ID} or {@code --group ID --attendees p1,p2}: will this meeting be
 * quorate and representative, and whom should the coordinator call?
 */
@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = {"The pre-meeting check: the group's composition, the MEET rules for one meeting, and whom "
                + "to invite to close each gap.",
                "Name a meeting of the data with --meeting, or give one with --group, --attendees and --date."})
final class MeetingCommand extends CheckingCommand {

    @Option(names = "--meeting", paramLabel = "${bundle:label.meeting:-ID}", description = "A meeting of the data (judged on its own date).")
    String meetingId;

    @Option(names = "--group", paramLabel = "${bundle:label.group:-ID}", description = "The group of a meeting not in the data.")
    String groupId;

    @Option(names = "--attendees", paramLabel = "${bundle:label.people:-p1,p2}", split = ",",
            description = "Who confirmed, for a meeting given with --group.")
    List<String> attendees = new ArrayList<>();

    @Override
    Pipeline.Result produce(LocalDate today) {
        if ((meetingId == null) == (groupId == null)) {
            throw InputException.of("error.meetingOrGroup");
        }
        if (meetingId != null && !attendees.isEmpty()) {
            throw InputException.of("error.attendeesWithGroup");
        }
        MeetingRequest request = meetingId != null ? MeetingRequest.of(meetingId)
                : MeetingRequest.adHoc(groupId, attendees.stream().map(String::trim).filter(a -> !a.isEmpty()).toList(),
                        options.date);
        return Pipeline.meeting(inputs(), request, today);
    }
}
