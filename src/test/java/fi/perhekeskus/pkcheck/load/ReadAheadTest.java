package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a large dataset's next file while the current one is turned into records changes nothing but time. */
class ReadAheadTest {

    @TempDir
    Path temp;

    @Test
    void resultsComeInOrderAndNoReadRunsMoreThanTheWindowAhead() {
        AtomicInteger started = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        List<Supplier<Integer>> reads = new ArrayList<>();
        List<Integer> startedWhenTaken = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            int n = i;
            reads.add(() -> {
                started.incrementAndGet();
                return n;
            });
        }
        try (ReadAhead<Integer> ahead = ReadAhead.ahead(reads, 1)) {
            while (ahead.hasNext()) {
                taken.add(ahead.next());
                startedWhenTaken.add(started.get());
            }
            assertThrows(NoSuchElementException.class, ahead::next);
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5), taken);
        for (int i = 0; i < taken.size(); i++) {
            // when read i is handed out, at most read i + 1 has started
            assertTrue(startedWhenTaken.get(i) <= i + 2, startedWhenTaken.toString());
        }
    }

    @Test
    void aFailedReadThrowsWhenItsTurnComesAndTheEarlierResultsStillArrive() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Supplier<String>> reads = List.of(() -> "a", () -> {
            throw boom;
        }, () -> "c");
        for (ReadAhead<String> ahead : List.of(ReadAhead.ahead(reads, 2), ReadAhead.inOrder(reads))) {
            try (ahead) {
                assertEquals("a", ahead.next());
                assertSame(boom, assertThrows(IllegalStateException.class, ahead::next));
                assertEquals("c", ahead.next());
                assertFalse(ahead.hasNext());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ReadAhead.ahead(reads, 0));
    }

    @Test
    void aDatasetReadAheadIsTheDatasetReadInOrder() {
        Path sample = Path.of("sample-data", "pirkanmaa");
        Dataset inOrder = new DatasetLoader(InputLimits.DEFAULT, Long.MAX_VALUE).load(List.of(sample));
        Dataset ahead = new DatasetLoader(InputLimits.DEFAULT, 0).load(List.of(sample));
        assertEquals(inOrder, ahead);
        assertTrue(inOrder.groups().size() > 10);
    }

    @Test
    void theSameErrorWinsEitherWay() throws IOException {
        Files.writeString(temp.resolve("a.yaml"), "schemaVersion: 1\npeople:\n  - id: p1\n    name: [\n");
        Files.writeString(temp.resolve("b.yaml"), "groups:\n  - id: g1\n    tier: LOCAL\n");
        Files.writeString(temp.resolve("c.yaml"), "people: {\n");
        String inOrder = assertThrows(InputException.class,
                () -> new DatasetLoader(InputLimits.DEFAULT, Long.MAX_VALUE).load(List.of(temp))).getMessage();
        String ahead = assertThrows(InputException.class,
                () -> new DatasetLoader(InputLimits.DEFAULT, 0).load(List.of(temp))).getMessage();
        assertEquals(inOrder, ahead);
        assertTrue(inOrder.contains("a.yaml"), inOrder);
        String missing = assertThrows(InputException.class, () -> new DatasetLoader(InputLimits.DEFAULT, 0)
                .load(List.of(Path.of("sample-data", "pirkanmaa"), temp.resolve("absent")))).getMessage();
        assertTrue(missing.contains("absent") && missing.contains("no such file"), missing);
    }
}
