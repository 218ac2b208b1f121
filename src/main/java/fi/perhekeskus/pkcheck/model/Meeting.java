package fi.perhekeskus.pkcheck.model;

import java.time.LocalDate;
import java.util.List;

/** An upcoming meeting of a group and the people who confirmed they attend. */
public record Meeting(String id, String group, LocalDate date, List<String> attendees, Location location) {
}
