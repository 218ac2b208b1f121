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
    /**
     * The hash code of each id beside it: a probe compares these before it reads a string, which at national
     * scale is a cache miss each.
     */
    private int[] hashes = new int[16];
    private int size;

    /** Adds {@code id} (not null) unless already there; whether it was added. Not part of the {@link java.util.Set}
     * view, which stays read-only. */
    boolean put(String id) {
        int h = Objects.requireNonNull(id).hashCode();
        int slot = find(id, h);
        if (table[slot] != null) {
            return false;
        }
        table[slot] = id;
        hashes[slot] = h;
        // At most half full, so that a probe stays short.
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    /** Twice the room; the ids are distinct, so each goes to the first free slot of its probe. */
    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        table = new String[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int slot = home(oldHashes[i], mask);
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /** The slot of {@code id} (whose hash code is {@code h}), or the empty slot where it would go. */
    private int find(String id, int h) {
        int mask = table.length - 1;
        int slot = home(h, mask);
        while (table[slot] != null && (hashes[slot] != h || !table[slot].equals(id))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * Where a probe for hash code {@code h} starts. Ids such as "p000123" have hash codes in runs: spread by the
     * golden ratio (its top bits), or a run fills a run of slots that every later probe there walks.
     */
    private static int home(int h, int mask) {
        return h * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String id && table[find(id, id.hashCode())] != null;
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
