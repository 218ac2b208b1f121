package fi.perhekeskus.pkcheck.load;

import java.time.LocalDate;

/**
 * The dates of a dataset's terms, one instance each: a million memberships share a few thousand dates. An ISO
 * date ({@code 2024-03-01}, the form nearly every term is written in) is found by its digits, without hashing
 * or comparing its text; any other text is parsed by {@link DateText} each time it is met.
 */
final class DateCache {

    /** The most dates kept; further dates are parsed, not kept, so that memory stays bounded. */
    static final int MAX_ENTRIES = 1 << 16;

    private final int maxEntries;
    /** yyyymmdd + 1 of each date kept (0: an empty slot). */
    private int[] keys = new int[1 << 8];
    private LocalDate[] dates = new LocalDate[1 << 8];
    private int size;

    DateCache() {
        this(MAX_ENTRIES);
    }

    /** A cache that keeps at most {@code maxEntries} dates (tests use a small number). */
    DateCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The date {@code text} names, as {@link DateText#parse} reads it; null when it is no date. */
    LocalDate parse(String text) {
        int key = isoKey(text);
        if (key < 0) {
            return DateText.parse(text);
        }
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (keys[slot] != 0) {
            if (keys[slot] == key) {
                return dates[slot];
            }
            slot = (slot + 1) & mask;
        }
        LocalDate date = DateText.parse(text);
        if (date != null && size < maxEntries) {
            keys[slot] = key;
            dates[slot] = date;
            size++;
            if (size * 2 > keys.length) {
                grow();
            }
        }
        return date;
    }

    /** How many dates are kept. */
    int size() {
        return size;
    }

    /** yyyymmdd + 1 when {@code text} is exactly four, two and two digits joined by hyphens; -1 otherwise. */
    static int isoKey(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            key = key * 10 + digit;
        }
        return key + 1;
    }

    private void grow() {
        int[] oldKeys = keys;
        LocalDate[] oldDates = dates;
        keys = new int[oldKeys.length * 2];
        dates = new LocalDate[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = spread(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                dates[slot] = oldDates[i];
            }
        }
    }

    private static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
