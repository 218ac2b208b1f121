package fi.perhekeskus.pkcheck.facts;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A set of ids that only grows, read-only to everyone but its maker: an open-addressed table of the strings
 * themselves. {@link TierSeats} keeps one of the six hundred thousand seat-holders of a national network for the
 * whole check; a {@link java.util.HashSet} of them holds an entry object per id beside its table (some 24 MB more
 * for the collector to copy while the facts are young).
 */
final class IdTable extends AbstractSet<String> {

    private String[] table = new String[16];
    private int size;

    /** Adds {@code id} (not null) unless already there; whether it was added. Not part of the {@link java.util.Set}
     * view, which stays read-only. */
    boolean put(String id) {
        Objects.requireNonNull(id);
        int slot = find(table, id);
        if (table[slot] != null) {
            return false;
        }
        table[slot] = id;
        // At most half full, so that a probe stays short.
        if (++size * 2 > table.length) {
            String[] bigger = new String[table.length * 2];
            for (String old : table) {
                if (old != null) {
                    bigger[find(bigger, old)] = old;
                }
            }
            table = bigger;
        }
        return true;
    }

    /** The slot of {@code id} in {@code table}, or the empty slot where it would go. */
    private static int find(String[] table, String id) {
        int mask = table.length - 1;
        // Ids such as "p000123" have hash codes in runs: spread by the golden ratio, or a run fills a run of
        // slots that every later probe there walks.
        int slot = id.hashCode() * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        while (table[slot] != null && !table[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String id && table[find(table, id)] != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = skip(0);

            private int skip(int from) {
                int i = from;
                while (i < table.length && table[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < table.length;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String id = table[next];
                next = skip(next + 1);
                return id;
            }
        };
    }
}
