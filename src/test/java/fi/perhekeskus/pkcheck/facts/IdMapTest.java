package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records by id: what is put is found, what is not is not, as a hash map would answer. */
class IdMapTest {

    @Test
    void answersAsAHashMapWould() {
        IdMap<Integer> table = new IdMap<>(1_000);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            String id = "p" + (i * 7919 % 1_500);
            table.put(id, i);
            expected.put(id, i);
        }
        for (int i = 0; i < 1_600; i++) {
            String id = "p" + i;
            assertEquals(expected.get(id), table.get(id), id);
            assertEquals(expected.containsKey(id), table.containsKey(id), id);
        }
    }

    @Test
    void aLaterRecordReplacesTheEarlierAndCollidingIdsStayApart() {
        IdMap<String> table = new IdMap<>(0);
        // "Aa" and "BB" have the same hash code.
        table.put("Aa", "first");
        table.put("BB", "other");
        table.put("Aa", "second");
        assertEquals("second", table.get("Aa"));
        assertEquals("other", table.get("BB"));
        assertTrue(table.containsKey("BB"));
        assertFalse(table.containsKey("C#"));
    }

    @Test
    void moreIdsThanExpectedMakeMoreRoom() {
        IdMap<Integer> table = new IdMap<>(2);
        for (int i = 0; i < 100; i++) {
            table.put("id" + i, i);
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(i, table.get("id" + i));
        }
        assertFalse(table.containsKey("id100"));
    }

    @Test
    void nullIsNeverAnId() {
        IdMap<String> table = new IdMap<>(4);
        table.put("a", null);
        assertTrue(table.containsKey("a"), "filed, though with no record");
        assertNull(table.get("a"));
        assertNull(table.get(null));
        assertFalse(table.containsKey(null));
        assertThrows(NullPointerException.class, () -> table.put(null, "x"));
    }
}
