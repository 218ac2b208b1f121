package fi.perhekeskus.pkcheck.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people write it: ISO ({@code 2024-03-01}, the data format's form) or Finnish and Swedish
 * ({@code 1.3.2024}, {@code 01.03.2024}, a trailing dot allowed). Spreadsheet date cells reach this already
 * as ISO dates. Two-digit years are refused: {@code 1.3.24} could be 1924 or 2024.
 */
public final class DateText {

    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern FINNISH = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})\\.?");

    private DateText() {
    }

    /** The date {@code text} names, or null when it is no date in either form. */
    public static LocalDate parse(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > 12) {
            return null;
        }
        Matcher iso = ISO.matcher(trimmed);
        Matcher finnish = FINNISH.matcher(trimmed);
        try {
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            if (finnish.matches()) {
                return LocalDate.of(Integer.parseInt(finnish.group(3)), Integer.parseInt(finnish.group(2)),
                        Integer.parseInt(finnish.group(1)));
            }
        } catch (DateTimeException e) {
            return null; // 31.2.2024
        }
        return null;
    }
}
