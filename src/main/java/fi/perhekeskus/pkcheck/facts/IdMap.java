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
    private Object[] records;
    private int size;

    /** An empty map with room for {@code expected} ids: it is kept at most half full, so that a probe stays short. */
    IdMap(int expected) {
        int slots = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) * 2;
        ids = new String[slots];
        records = new Object[slots];
    }

    /** Files {@code record} under {@code id} (not null), replacing the record filed there before, if any. */
    void put(String id, V record) {
        int slot = find(Objects.requireNonNull(id));
        if (ids[slot] == null) {
            if ((size + 1) * 2 > ids.length) {
                grow();
                slot = find(id);
            }
            size++;
        }
        ids[slot] = id;
        records[slot] = record;
    }

    /** Twice the room: more ids than expected. */
    private void grow() {
        String[] oldIds = ids;
        Object[] oldRecords = records;
        ids = new String[oldIds.length * 2];
        records = new Object[oldIds.length * 2];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = find(oldIds[i]);
                ids[slot] = oldIds[i];
                records[slot] = oldRecords[i];
            }
        }
    }

    /** The record filed under {@code id}, or null where none is (or {@code id} is null). */
    @SuppressWarnings("unchecked")
    V get(String id) {
        return id == null ? null : (V) records[find(id)];
    }

    /** Whether a record is filed under {@code id}. */
    boolean containsKey(String id) {
        return id != null && ids[find(id)] != null;
    }

    /** The slot of {@code id}, or the empty slot where it would go. */
    private int find(String id) {
        int mask = ids.length - 1;
        // Ids such as "p000123" have hash codes in runs: spread by the golden ratio, or a run fills a run of
        // slots that every later probe there walks.
        int slot = id.hashCode() * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        while (ids[slot] != null && !ids[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
