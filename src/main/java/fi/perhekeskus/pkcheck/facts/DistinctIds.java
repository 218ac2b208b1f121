package fi.perhekeskus.pkcheck.facts;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Ids collected each once and frozen into an immutable set. A group's seats make a few such sets of some fifteen
 * ids each, seventy thousand groups at national scale: a short array scanned for repeats costs less than a hash set
 * with an entry object per id, and is frozen with one copy. A hash set beside the array keeps a large group
 * linear. Not thread-safe.
 */
final class DistinctIds {

    /** Above this many ids a hash set answers whether an id is already there. */
    static final int SCAN_LIMIT = 16;

    private static final String[] NONE = new String[0];

    private final int expected;
    private String[] ids = NONE;
    private int size;
    /** Every id, once there are more than {@link #SCAN_LIMIT}; null until then. */
    private Set<String> many;

    /** An empty collection that expects about {@code expected} ids (room is made at the first). */
    DistinctIds(int expected) {
        this.expected = Math.max(1, expected);
    }

    /** Adds {@code id} (not null) unless already there; whether it was added. */
    boolean add(String id) {
        if (contains(Objects.requireNonNull(id))) {
            return false;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, Math.max(expected, size * 2));
        }
        ids[size++] = id;
        if (many != null) {
            many.add(id);
        } else if (size > SCAN_LIMIT) {
            many = new HashSet<>(Arrays.asList(ids).subList(0, size));
        }
        return true;
    }

    /** Whether {@code id} has been added. */
    boolean contains(String id) {
        if (many != null) {
            return many.contains(id);
        }
        for (int i = 0; i < size; i++) {
            if (ids[i].equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no id has been added. */
    boolean isEmpty() {
        return size == 0;
    }

    /** The ids added, as an immutable set (which copies them into its own table: a full array goes as it is). */
    Set<String> frozen() {
        return size == 0 ? Set.of() : Set.of(size == ids.length ? ids : Arrays.copyOf(ids, size));
    }

    /** The ids of {@code set} (a set, so each once), immutable: {@link Set#copyOf} would hash them twice. */
    static Set<String> frozen(Set<String> set) {
        return set.isEmpty() ? Set.of() : Set.of(set.toArray(new String[0]));
    }
}
