package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The pipe between the reads of a dataset's files and the one consumer that builds records, read in order on
 * the caller's thread or ahead on a thread of its own: every record and file arrives once and in order, the
 * kinds that stream are the caller's, and a failure or a consumer that gives up ends the reading.
 */
class RecordPipeTest {

    /** Streams the people and nothing else. */
    private static final TreeReader.RecordSink PEOPLE = new TreeReader.RecordSink() {
        @Override
        public boolean streams(String key) {
            return key.equals("people");
        }

        @Override
        public void record(String key, Node item) {
            throw new AssertionError("the pipe hands records to its consumer, not to this sink");
        }
    };

    /** A read of a file with {@code count} people, each handed to the sink where it streams people. */
    private static RecordPipe.Read file(String name, int count, List<String> log) {
        return sink -> {
            log.add(name + " on " + Thread.currentThread().getName() + (Thread.currentThread().isDaemon()
                    ? " (daemon)" : "") + ", streams people " + sink.streams("people") + ", groups "
                    + sink.streams("groups"));
            for (int i = 0; i < count; i++) {
                sink.record("people", Node.scalar(Node.Kind.STRING, name + "#" + i, new Location(name, i + 1, 1)));
            }
            return new DataFileReader.Source(name, Node.object(new Location(name, 0, 0)), List.of(), List.of());
        };
    }

    /** What a consumer was handed, as text. */
    private static final class Taken implements RecordPipe.Consumer {
        final List<String> records = new ArrayList<>();
        final List<String> files = new ArrayList<>();

        @Override
        public void record(String key, Node item) {
            records.add(key + ":" + item.text());
        }

        @Override
        public void file(DataFileReader.Source source) {
            files.add(source.name() + " after " + records.size());
        }
    }

    private static List<String> expected(String name, int count) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add("people:" + name + "#" + i);
        }
        return all;
    }

    @Test
    void readInOrderEverythingArrivesOnTheCallersThread() {
        List<String> log = new ArrayList<>();
        Taken taken = new Taken();

        RecordPipe.run(List.of(file("a.yaml", 3, log), file("b.yaml", 2, log)), PEOPLE, false, taken);

        List<String> all = new ArrayList<>(expected("a.yaml", 3));
        all.addAll(expected("b.yaml", 2));
        assertEquals(all, taken.records);
        assertEquals(List.of("a.yaml after 3", "b.yaml after 5"), taken.files);
        String caller = Thread.currentThread().getName();
        assertEquals(List.of("a.yaml on " + caller + ", streams people true, groups false",
                "b.yaml on " + caller + ", streams people true, groups false"), log);
    }

    @Test
    void readAheadEveryRecordOfManyBatchesArrivesOnceAndInOrder() {
        List<String> log = new ArrayList<>();
        Taken taken = new Taken();

        RecordPipe.run(List.of(file("a.yaml", 600, log), file("b.yaml", 10, log), file("c.yaml", 0, log)), PEOPLE,
                true, taken);

        List<String> all = new ArrayList<>(expected("a.yaml", 600));
        all.addAll(expected("b.yaml", 10));
        assertEquals(all, taken.records);
        assertEquals(List.of("a.yaml after 600", "b.yaml after 610", "c.yaml after 610"), taken.files);
        assertEquals(List.of("a.yaml on pkcheck-read (daemon), streams people true, groups false",
                "b.yaml on pkcheck-read (daemon), streams people true, groups false",
                "c.yaml on pkcheck-read (daemon), streams people true, groups false"), log);
    }

    @Test
    void readAheadAFailureArrivesAfterTheRecordsBeforeItAndNothingAfterItIsRead() {
        List<String> log = new ArrayList<>();
        InputException broken = InputException.at("b.yaml", "cannot parse YAML");
        RecordPipe.Read failing = sink -> {
            for (int i = 0; i < 5; i++) {
                sink.record("people", Node.scalar(Node.Kind.STRING, "b.yaml#" + i, new Location("b.yaml", 1, 1)));
            }
            throw broken;
        };
        Taken taken = new Taken();

        InputException e = assertThrows(InputException.class, () -> RecordPipe.run(
                List.of(file("a.yaml", 2, log), failing, file("c.yaml", 2, log)), PEOPLE, true, taken));

        assertSame(broken, e);
        List<String> before = new ArrayList<>(expected("a.yaml", 2));
        before.addAll(expected("b.yaml", 5));
        assertEquals(before, taken.records);
        assertEquals(1, log.size(), "c.yaml is not read");
    }

    @Test
    void readAheadAnErrorIsRethrownAsItIs() {
        AssertionError error = new AssertionError("out of something");
        RecordPipe.Read failing = sink -> {
            throw error;
        };

        AssertionError thrown = assertThrows(AssertionError.class,
                () -> RecordPipe.run(List.of(failing), PEOPLE, true, new Taken()));

        assertSame(error, thrown);
    }

    @Test
    void aConsumerThatGivesUpStopsTheReader() throws InterruptedException {
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        RecordPipe.Read endless = sink -> {
            readerThread.set(Thread.currentThread());
            for (int i = 0; i < 1_000_000; i++) {
                sink.record("people", Node.scalar(Node.Kind.STRING, "p" + i, new Location("a.yaml", 1, 1)));
            }
            return new DataFileReader.Source("a.yaml", Node.object(new Location("a.yaml", 0, 0)), List.of(), List.of());
        };
        IllegalStateException stop = new IllegalStateException("the consumer gives up");
        RecordPipe.Consumer givesUp = new RecordPipe.Consumer() {
            @Override
            public void record(String key, Node item) {
                throw stop;
            }

            @Override
            public void file(DataFileReader.Source source) {
            }
        };

        assertSame(stop, assertThrows(IllegalStateException.class,
                () -> RecordPipe.run(List.of(endless), PEOPLE, true, givesUp)));

        Thread reader = readerThread.get();
        assertNotSame(Thread.currentThread(), reader);
        reader.join(10_000);
        assertFalse(reader.isAlive(), "the reader stops once nobody takes its records");
    }

    @Test
    void anInterruptedCallerStopsWaitingAndKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> RecordPipe.run(List.of(file("a.yaml", 1, new ArrayList<>())), PEOPLE, true, new Taken()));
            assertEquals("interrupted while reading the data", e.getMessage());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }
}
