package fi.perhekeskus.pkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyMapTest {

    private final AtomicInteger asked = new AtomicInteger();

    private LazyMap<String, String> lazy() {
        return new LazyMap<>(() -> {
            asked.incrementAndGet();
            Map<String, String> map = new HashMap<>();
            map.put("p1", "Maija");
            map.put("p2", "Matti");
            return map;
        });
    }

    @Test
    void asksItsSourceOnlyWhenFirstRead() {
        LazyMap<String, String> map = lazy();
        assertEquals(0, asked.get());
        assertFalse(map.resolved());
        assertEquals("Maija", map.get("p1"));
        assertTrue(map.resolved());
        assertEquals(1, asked.get());
    }

    @Test
    void asksItsSourceOnceHoweverItIsRead() {
        LazyMap<String, String> map = lazy();
        assertEquals(2, map.size());
        assertTrue(map.containsKey("p2"));
        assertFalse(map.containsKey("p3"));
        assertEquals("p3", map.getOrDefault("p3", "p3"));
        assertEquals(java.util.Set.of("p1", "p2"), map.keySet());
        assertEquals(List.of("Maija", "Matti"), map.values().stream().sorted().toList());
        List<String> seen = new ArrayList<>();
        map.forEach((k, v) -> seen.add(k + "=" + v));
        assertEquals(List.of("p1=Maija", "p2=Matti"), seen.stream().sorted().toList());
        assertEquals(Map.of("p1", "Maija", "p2", "Matti"), map);
        assertEquals(Map.of("p1", "Maija", "p2", "Matti").hashCode(), map.hashCode());
        assertEquals(1, asked.get());
    }

    @Test
    void cannotBeChanged() {
        LazyMap<String, String> map = lazy();
        assertThrows(UnsupportedOperationException.class, () -> map.put("p3", "Liisa"));
        assertThrows(UnsupportedOperationException.class, () -> map.keySet().remove("p1"));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
        assertThrows(UnsupportedOperationException.class, () -> map.values().clear());
        assertEquals(2, map.size());
    }

    @Test
    void threadsReadingAtOnceShareOneAnswer() throws InterruptedException {
        LazyMap<String, String> map = lazy();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> readers = new ArrayList<>();
        AtomicInteger right = new AtomicInteger();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if ("Matti".equals(map.get("p2"))) {
                    right.incrementAndGet();
                }
            });
            t.start();
            readers.add(t);
        }
        go.countDown();
        for (Thread t : readers) {
            t.join();
        }
        assertEquals(8, right.get());
        assertEquals(1, asked.get());
    }

    @Test
    void aReportKeepsALazyGroupTableUnread() {
        LazyMap<String, Report.GroupInfo> groups = new LazyMap<>(() -> {
            asked.incrementAndGet();
            return Map.of("g1", new Report.GroupInfo("g1", "Ohjausryhmä", "REGIONAL"));
        });
        Report report = new Report("m", "Model", "r", "Region", java.time.LocalDate.of(2025, 3, 1), List.of("a.json"),
                List.of(), groups, List.of("REGIONAL"), List.of());
        Report waived = report.withWaivers(Map.of());
        assertEquals(0, asked.get());
        assertEquals("Ohjausryhmä", waived.groups().get("g1").name());
        assertEquals(1, asked.get());
    }

    @Test
    void aReportCopiesAnOrdinaryGroupTable() {
        Map<String, Report.GroupInfo> groups = new HashMap<>();
        groups.put("g1", new Report.GroupInfo("g1", "Ohjausryhmä", "REGIONAL"));
        Report report = new Report("m", "Model", "r", "Region", java.time.LocalDate.of(2025, 3, 1), List.of("a.json"),
                List.of(), groups, List.of("REGIONAL"), List.of());
        groups.clear();
        assertEquals(1, report.groups().size());
        assertThrows(UnsupportedOperationException.class, () -> report.groups().clear());
    }
}
