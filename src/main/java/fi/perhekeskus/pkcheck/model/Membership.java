package fi.perhekeskus.pkcheck.model;

import java.time.LocalDate;

/**
 * One entry of a group's {@code members}: a person's seat, whom it represents, its role, the personal
 * deputy (varajäsen) and the term. Fields the data got wrong are null; the problem is reported apart.
 */
public record Membership(String group, String person, String represents, Role role, String deputy,
                         LocalDate from, LocalDate until, Location location) {

    /** What a membership's id shows for a group or person the data does not give: "?/p003", never "null/p003". */
    public static final String UNKNOWN = "?";

    /** {@code <group>/<person>}: the subject id of a membership. */
    public String id() {
        return (group == null ? UNKNOWN : group) + "/" + (person == null ? UNKNOWN : person);
    }

    /** Whether the term contains {@code date}; open ends are unbounded. */
    public boolean inTermOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
