package fi.perhekeskus.pkcheck.facts;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A set of ids that only grows, read-only to everyone but its maker: an open-addressed table of the strings
 * themselves, which can keep a record beside each id. {@link TierSeats} keeps one of the six hundred thousand
 * seat-holders of a national network for the whole check; a {@link java.util.HashSet} of them holds an entry object
 * per id beside its table (some 24 MB more for the collector to copy while the facts are young). {@link IdMap} is one
 * with records.
 *
 * <p>The records stand in a third array beside the ids, slot for slot, rather than in a dense array indexed from
 * the slots: that would cost a set without records an index per slot, and a lookup no fewer cache misses.
 */
final class IdTable extends AbstractSet<String> {

    private String[] table;
    /**
     * The hash code of each id beside it: a probe compares these before it reads a string, which at national
     * scale is a cache miss each.
     */
    private int[] hashes;
    /** The record filed under the id beside it, for a table made {@link #withRecords}; null for a plain set. */
    private Object[] records;
    private int size;

    /** An empty set: it grows as ids come. */
    IdTable() {
        this(8, false);
    }

    /** An empty table with room for {@code expected} ids: it is kept at most half full, so that a probe stays short. */
    private IdTable(int expected, boolean withRecords) {
        int slots = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
        table = new String[slots];
        hashes = new int[slots];
        records = withRecords ? new Object[slots] : null;
    }

    /** An empty table with room for {@code expected} ids and a record for each: ids go in by {@link #file}. */
    static IdTable withRecords(int expected) {
        return new IdTable(expected, true);
    }

    /** Adds {@code id} (not null) unless already there; whether it was added. Not part of the {@link java.util.Set}
     * view, which stays read-only. */
    boolean put(String id) {
        return file(id, null);
    }

    /**
     * Adds {@code id} (not null) unless already there and, in a table {@link #withRecords}, files {@code record}
     * under it, replacing the record filed there before; whether {@code id} was added.
     */
    boolean file(String id, Object record) {
        int h = Objects.requireNonNull(id).hashCode();
        int slot = find(id, h);
        if (records != null) {
            records[slot] = record;
        }
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

    /** The record filed under {@code id}, or null where none is (or {@code id} is null, or the table keeps none). */
    Object record(String id) {
        return id == null || records == null ? null : records[find(id, id.hashCode())];
    }

    /** How many slots the table has: twice its ids or more (its tests check the sizing). */
    int slots() {
        return table.length;
    }

    /** Twice the room; the ids are distinct, so each goes to the first free slot of its probe. */
    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        Object[] oldRecords = records;
        table = new String[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        records = oldRecords == null ? null : new Object[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int slot = home(oldHashes[i], mask);
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = oldHashes[i];
                if (oldRecords != null) {
                    records[slot] = oldRecords[i];
                }
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
