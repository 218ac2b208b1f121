package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids collected each once, short or long, and frozen. */
class DistinctIdsTest {

    @Test
    void aFewIdsAreKeptOnceEach() {
        DistinctIds ids = new DistinctIds(2);
        assertTrue(ids.isEmpty());
        assertSame(Set.of(), ids.frozen());
        assertTrue(ids.add("a"));
        assertTrue(ids.add("b"));
        assertTrue(ids.add("c"), "past the expected two");
        assertFalse(ids.add("a"));
        assertFalse(ids.add(new String("b")), "an equal id, not only the same string");
        assertFalse(ids.isEmpty());
        assertTrue(ids.contains("c"));
        assertFalse(ids.contains("d"));
        Set<String> frozen = ids.frozen();
        assertEquals(Set.of("a", "b", "c"), frozen);
        assertThrows(UnsupportedOperationException.class, () -> frozen.add("d"));
        assertSame(frozen, Set.copyOf(frozen), "a record's own copy keeps it as it is");
        assertThrows(NullPointerException.class, () -> ids.add(null));
    }

    @Test
    void manyIdsAreKeptOnceEachPastTheScanLimit() {
        DistinctIds ids = new DistinctIds(0);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = "p" + (i * 31 % 97);
            assertEquals(expected.add(id), ids.add(id), id);
            assertTrue(ids.contains(id));
        }
        assertFalse(ids.contains("p97"));
        assertEquals(expected, ids.frozen());
        assertEquals(97, ids.frozen().size());
    }

    @Test
    void theIdsJustPastTheScanLimitAreAllFound() {
        DistinctIds ids = new DistinctIds(DistinctIds.SCAN_LIMIT);
        for (int i = 0; i <= DistinctIds.SCAN_LIMIT; i++) {
            ids.add("id" + i);
        }
        for (int i = 0; i <= DistinctIds.SCAN_LIMIT; i++) {
            assertTrue(ids.contains("id" + i), "id" + i);
            assertFalse(ids.add("id" + i));
        }
        assertTrue(ids.add("late"));
        assertTrue(ids.contains("late"));
        assertEquals(DistinctIds.SCAN_LIMIT + 2, ids.frozen().size());
    }
}
