package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A grow-only table of ids: a set to read, with each id once however often it is put. */
class IdTableTest {

    @Test
    void holdsEachIdOnceThroughManyGrowths() {
        IdTable table = new IdTable();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = "p" + (i * 7919 % 3_001);
            assertEquals(expected.add(id), table.put(id), id);
        }
        assertEquals(3_001, table.size());
        assertEquals(expected, table, "the same ids as a hash set");
        assertEquals(expected, new HashSet<>(table), "iterated, each once");
        assertTrue(table.contains("p3000"));
        assertFalse(table.contains("p3001"));
        assertFalse(table.contains(42), "not an id");
        assertFalse(table.contains(null));
    }

    @Test
    void idsWhoseHashesCollideAreKeptApart() {
        IdTable table = new IdTable();
        // "Aa" and "BB" have the same hash code.
        assertTrue(table.put("Aa"));
        assertTrue(table.put("BB"));
        assertFalse(table.put("BB"));
        assertEquals(Set.of("Aa", "BB"), table);
    }

    @Test
    void anEmptyTableIteratesNothing() {
        Iterator<String> none = new IdTable().iterator();
        assertFalse(none.hasNext());
        assertThrows(NoSuchElementException.class, none::next);
        assertTrue(new IdTable().isEmpty());
    }

    @Test
    void theSetViewIsReadOnly() {
        IdTable table = new IdTable();
        table.put("a");
        assertThrows(UnsupportedOperationException.class, () -> table.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> table.remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> table.iterator().remove());
        assertThrows(NullPointerException.class, () -> table.put(null));
        assertEquals(List.of("a"), List.copyOf(table));
    }
}
