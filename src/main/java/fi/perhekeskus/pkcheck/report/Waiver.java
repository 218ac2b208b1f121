package fi.perhekeskus.pkcheck.report;

import fi.perhekeskus.pkcheck.model.Location;
import java.time.LocalDate;

/**
 * An accepted exception: a known finding (rule and subject) accepted for a stated reason until a date.
 * A waived finding stays in the report, marked, and does not count towards {@code --fail-on}.
 */
public record Waiver(String rule, String subjectType, String subjectId, String reason, LocalDate until,
                     Location location) {

    /** Whether this waiver is about {@code finding}. */
    public boolean matches(Finding finding) {
        return rule.equals(finding.rule()) && subjectType.equals(finding.subject().type())
                && subjectId.equals(finding.subject().id());
    }

    /** Whether the waiver still applies on {@code date} (its last day included). */
    public boolean activeOn(LocalDate date) {
        return !date.isAfter(until);
    }
}
