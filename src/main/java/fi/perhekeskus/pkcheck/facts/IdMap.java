package fi.perhekeskus.pkcheck.facts;

/**
 * Records by id, put once and looked up often: an {@link IdTable} with a record beside each id, sized once.
 * {@link FactBuilder} looks up the holder and the deputy of every entry in it (six hundred thousand people at
 * national scale); a {@link java.util.HashMap} of them holds an entry object per person, some 20 MB for the
 * collector to copy while the facts are being built. Not thread-safe.
 *
 * @param <V> the records' type
 */
final class IdMap<V> {

    private final IdTable ids;

    /** An empty map with room for {@code expected} ids; more make more room. */
    IdMap(int expected) {
        ids = IdTable.withRecords(expected);
    }

    /** Files {@code record} under {@code id} (not null), replacing the record filed there before, if any. */
    void put(String id, V record) {
        ids.file(id, record);
    }

    /** The record filed under {@code id}, or null where none is (or {@code id} is null). */
    @SuppressWarnings("unchecked")
    V get(String id) {
        return (V) ids.record(id);
    }

    /** Whether a record is filed under {@code id}. */
    boolean containsKey(String id) {
        return ids.contains(id);
    }
}
