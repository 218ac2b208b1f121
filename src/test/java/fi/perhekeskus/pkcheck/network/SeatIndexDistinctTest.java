package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ids of a group's seat-holders or a holder's groups: each once, in the order first added, sorted on demand. */
class SeatIndexDistinctTest {

    @Test
    void eachIdOnceInTheOrderFirstAddedBothShortAndLong() {
        SeatIndex.Distinct ids = new SeatIndex.Distinct(0);
        List<String> expected = new ArrayList<>();
        for (int i = 40; i > 0; i--) {
            String id = "p" + i;
            assertTrue(ids.add(id), id);
            expected.add(id);
            assertFalse(ids.add(new String(id)), "again, as another string with the same text: " + id);
            assertFalse(ids.add("p40"), "the first again");
            assertEquals(expected, ids.items());
            assertEquals(expected.size(), ids.size());
        }
        assertTrue(ids.contains("p17"));
        assertFalse(ids.contains("p41"));
        assertFalse(ids.contains(null));
        List<String> sorted = new ArrayList<>(expected);
        sorted.sort(null);
        assertEquals(sorted, ids.sorted());
        assertEquals(expected, ids.items(), "sorting leaves the order added");
    }

    @Test
    void idsWithTheSameHashCodeStayApartShortAndLong() {
        SeatIndex.Distinct ids = new SeatIndex.Distinct(1);
        // "Aa" and "BB" have the same hash code, and so have the ids made of them.
        List<String> colliding = new ArrayList<>();
        for (String a : List.of("Aa", "BB")) {
            for (String b : List.of("Aa", "BB")) {
                for (String c : List.of("Aa", "BB")) {
                    for (String d : List.of("Aa", "BB", "Cc")) {
                        colliding.add(a + b + c + d);
                    }
                }
            }
        }
        for (String id : colliding) {
            assertTrue(ids.add(id), id);
            assertTrue(ids.contains(id), id);
        }
        assertEquals(colliding.size(), ids.size());
        for (String id : colliding) {
            assertFalse(ids.add(new String(id)), id);
        }
        assertFalse(ids.contains("AaAaAaDd"));
    }

    @Test
    void oneIdIsSortedAsItIs() {
        SeatIndex.Distinct ids = new SeatIndex.Distinct(2);
        ids.add("g9");
        assertEquals(List.of("g9"), ids.sorted());
        ids.add("g1");
        assertEquals(List.of("g1", "g9"), ids.sorted());
        assertEquals(List.of("g9", "g1"), ids.items());
    }

    @Test
    void aHoldersGroupsAreEachOnceAndSorted() {
        fi.perhekeskus.pkcheck.model.Person anna = new fi.perhekeskus.pkcheck.model.Person("p1", "Anna", null, null,
                null);
        SeatIndex.Load load = new SeatIndex.Load(anna, "g5");
        assertTrue(load.record() == anna);
        assertEquals(List.of("g5"), load.sorted());
        assertFalse(load.add(new String("g5")), "the first group again");
        assertTrue(load.add("g2"));
        assertFalse(load.add("g5"));
        assertFalse(load.add("g2"));
        assertTrue(load.add("g9"));
        assertEquals(List.of("g2", "g5", "g9"), load.sorted());
    }

    @Test
    void aRunOfSeatsEndsWhereTheGroupChanges() {
        List<fi.perhekeskus.pkcheck.facts.Member> seats = new ArrayList<>();
        for (String group : List.of("g1", "g1", "g1", "g2", "g1")) {
            seats.add(new fi.perhekeskus.pkcheck.facts.Member(group, null, "p", null, null, null, null, null, null,
                    null, null, null, true, true, null));
        }
        assertEquals(3, SeatIndex.runLength(seats, 0));
        assertEquals(2, SeatIndex.runLength(seats, 1));
        assertEquals(1, SeatIndex.runLength(seats, 3));
        assertEquals(1, SeatIndex.runLength(seats, 4));
    }
}
