package fi.perhekeskus.pkcheck.model;

import java.util.Locale;

/** A person holding seats; {@code name} is personal data and is shown only when the user asks. */
public record Person(String id, String name, String title, String organisation, Location location) {

    /** Whether the title contains {@code expected}, ignoring case (CHAIR-004). */
    public boolean titleContains(String expected) {
        return title != null && expected != null
                && title.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
    }
}
