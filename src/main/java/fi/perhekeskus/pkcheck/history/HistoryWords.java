package fi.perhekeskus.pkcheck.history;

import fi.perhekeskus.pkcheck.render.Messages;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The history's words in the reader's language: dates as the language writes them (1.3.2024 in Finnish),
 * numbers with its decimal comma or point, counted nouns, tiers and areas by name.
 */
public final class HistoryWords {

    private final Messages messages;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;
    private final DateTimeFormatter stamps;
    private final NumberFormat decimals;

    /**
     * @param zone the zone in which the time a run was recorded is shown
     */
    public HistoryWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofPattern(messages.get("html.dateFormat"), messages.language().locale());
        this.times = DateTimeFormatter.ofPattern(messages.get("history.timeFormat"), messages.language().locale())
                .withZone(zone);
        this.stamps = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
        this.decimals = NumberFormat.getNumberInstance(messages.language().locale());
        decimals.setMaximumFractionDigits(1);
        decimals.setMinimumFractionDigits(0);
    }

    public Messages messages() {
        return messages;
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    public String time(Instant instant) {
        return times.format(instant);
    }

    /**
     * The time of {@code instant} as a spreadsheet reads a date and time whatever its language
     * (2026-12-06 14:31:23), in the zone {@link #time} shows: Excel and Calc take ISO's "T" and "Z" for text.
     */
    public String stamp(Instant instant) {
        return stamps.format(instant);
    }

    /** A number with at most one decimal, as the language writes it ("-37,5" in Finnish). */
    public String decimal(double value) {
        return decimals.format(value).replace('\u2212', '-');
    }

    /** "1 error" or "3 errors". */
    public String count(String noun, long n) {
        // One pattern per noun, its plural forms chosen by ICU in each language: "{0, plural, one {...} other {...}}".
        return messages.get("html.count." + noun, n);
    }

    /** "3 errors, 4 warnings, 1 info, 2 waived": every severity, the waived ones only when there are some. */
    public String counts(RunSnapshot.Summary s) {
        List<String> parts = new ArrayList<>();
        parts.add(count("error", s.errors()));
        parts.add(count("warning", s.warnings()));
        parts.add(count("info", s.infos()));
        if (s.waived() > 0) {
            parts.add(count("waived", s.waived()));
        }
        return String.join(", ", parts);
    }

    /** A tier's name with a capital ("Maakunnallinen taso"). */
    public String tier(String tier) {
        String key = "tier." + tier;
        return capitalised(messages.has(key) ? messages.get(key) : tier);
    }

    /** An area's name: the region's row is "the whole region" in the reader's language. */
    public String area(String area, String name) {
        if (area == null || area.isEmpty()) {
            return messages.get("html.matrix.region");
        }
        return name == null || name.isBlank() ? area : name;
    }

    /** The percentage change from {@code first} to {@code last}, or null when the first is zero. */
    public String change(long first, long last) {
        if (first == 0) {
            return null;
        }
        double percent = (last - first) * 100.0 / first;
        return (percent > 0 ? "+" : "") + decimal(percent);
    }

    static String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }
}
