package fi.perhekeskus.pkcheck.facts;

import java.util.Set;

/**
 * Freezes a set of ids into an immutable one. {@link Set#copyOf} of a mutable set first copies it into a new
 * hash set (it cannot know that the elements are distinct), then freezes that copy; the facts of a national
 * network freeze some hundred thousand small sets, and their records' own {@code Set.copyOf} keeps an immutable
 * set as it is.
 */
final class DistinctIds {

    private DistinctIds() {
    }

    /** The ids of {@code set} (a set, so each once), immutable. */
    static Set<String> frozen(Set<String> set) {
        return set.isEmpty() ? Set.of() : Set.of(set.toArray(new String[0]));
    }
}
