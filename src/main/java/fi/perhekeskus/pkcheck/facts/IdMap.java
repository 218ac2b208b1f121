package fi.perhekeskus.pkcheck.facts;

import java.util.Objects;

/**
 * Records by id, put once and looked up often: two open-addressed arrays, ids and records side by side.
 * {@link FactBuilder} looks up the holder and the deputy of every entry in it (six hundred thousand people at
 * national scale); a {@link java.util.HashMap} of them holds an entry object per person, some 20 MB for the
 * collector to copy while the facts are being built. Not thread-safe.
 *
 * @param <V> the records' type
 */
final class IdMap<V> {

    private String[] ids;
    /** The hash code of each id beside it: a probe compares these before it reads a string (a cache miss each). */
    private int[] hashes;
    private Object[] records;
    private int size;

    /** An empty map with room for {@code expected} ids: it is kept at most half full, so that a probe stays short. */
    IdMap(int expected) {
        int slots = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
        ids = new String[slots];
        hashes = new int[slots];
        records = new Object[slots];
    }

    /** Files {@code record} under {@code id} (not null), replacing the record filed there before, if any. */
    void put(String id, V record) {
        int h = Objects.requireNonNull(id).hashCode();
        int slot = find(id, h);
        if (ids[slot] == null) {
            if ((size + 1) * 2 > ids.length) {
                grow();
                slot = find(id, h);
            }
            size++;
        }
        ids[slot] = id;
        hashes[slot] = h;
        records[slot] = record;
    }

    /** Twice the room: more ids than expected. The ids are distinct, so each goes to the first free slot. */
    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        Object[] oldRecords = records;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        records = new Object[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = home(oldHashes[i], mask);
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                records[slot] = oldRecords[i];
            }
        }
    }

    /** The record filed under {@code id}, or null where none is (or {@code id} is null). */
    @SuppressWarnings("unchecked")
    V get(String id) {
        return id == null ? null : (V) records[find(id, id.hashCode())];
    }

    /** Whether a record is filed under {@code id}. */
    boolean containsKey(String id) {
        return id != null && ids[find(id, id.hashCode())] != null;
    }

    /** The slot of {@code id} (whose hash code is {@code h}), or the empty slot where it would go. */
    private int find(String id, int h) {
        int mask = ids.length - 1;
        int slot = home(h, mask);
        while (ids[slot] != null && (hashes[slot] != h || !ids[slot].equals(id))) {
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
}
