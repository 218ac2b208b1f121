package fi.perhekeskus.pkcheck.model;

import java.util.Locale;

/** How serious a finding is; declared in the order reports list them. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Parses {@code error}, {@code WARNING}, ... case-insensitively; {@code null} when unknown. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equals(text.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
