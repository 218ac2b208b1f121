package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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

    @Test
    void keepsItselfAtMostHalfFullDoublingAsIdsCome() {
        IdTable table = new IdTable();
        assertEquals(16, table.slots());
        for (int i = 0; i < 8; i++) {
            table.put("p" + i);
        }
        assertEquals(16, table.slots(), "half full is full enough");
        table.put("p7");
        assertEquals(16, table.slots(), "an id already there takes no room");
        table.put("p8");
        assertEquals(32, table.slots());
        for (int i = 9; i < 100; i++) {
            table.put("p" + i);
        }
        assertEquals(256, table.slots(), "three doublings more");
    }

    @Test
    void aTableWithRecordsIsSizedForTheIdsExpected() {
        assertEquals(4, IdTable.withRecords(0).slots());
        assertEquals(8, IdTable.withRecords(3).slots());
        assertEquals(2048, IdTable.withRecords(1_000).slots());
        IdTable table = IdTable.withRecords(1_024);
        assertEquals(2048, table.slots());
        for (int i = 0; i < 1_024; i++) {
            assertTrue(table.file("p" + i, i));
        }
        assertEquals(2048, table.slots(), "the ids expected fit without growing");
        table.file("p1024", 1_024);
        assertEquals(4096, table.slots());
    }

    @Test
    void aTableWithRecordsAnswersAsAHashMapWouldThroughManyGrowths() {
        IdTable table = IdTable.withRecords(2);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            String id = "p" + (i * 7919 % 3_001);
            assertEquals(!expected.containsKey(id), table.file(id, i), id);
            expected.put(id, i);
        }
        assertEquals(8192, table.slots(), "from 4 slots, eleven doublings");
        assertEquals(3_001, table.size());
        assertEquals(expected.keySet(), table, "the ids as a set");
        expected.forEach((id, last) -> assertEquals(last, table.record(id), "the last record filed under " + id));
        assertNull(table.record("p3001"), "never filed");
        assertNull(table.record("q0"), "never filed");
    }

    @Test
    void recordsOfIdsWhoseHashesCollideAreKeptApart() {
        IdTable table = IdTable.withRecords(0);
        // "Aa", "BB" and "C#" have the same hash code.
        assertTrue(table.file("Aa", "first"));
        assertTrue(table.file("BB", "other"));
        assertFalse(table.file("Aa", "second"), "already there: its record replaced");
        assertEquals("second", table.record("Aa"));
        assertEquals("other", table.record("BB"));
        assertNull(table.record("C#"));
        assertFalse(table.contains("C#"));
        assertEquals(Set.of("Aa", "BB"), table);
    }

    @Test
    void aPlainSetKeepsNoRecords() {
        IdTable table = new IdTable();
        assertTrue(table.file("a", "record"));
        assertFalse(table.file("a", "another"));
        assertTrue(table.contains("a"));
        assertNull(table.record("a"));
        assertNull(table.record(null));
        assertNull(IdTable.withRecords(4).record(null));
        assertThrows(NullPointerException.class, () -> table.file(null, "x"));
    }
}
