package fi.perhekeskus.pkcheck.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Runs the reads of a dataset's files, in order, and hands what they give — each record as it is parsed, then
 * each file's remaining tree — to one consumer: on the caller's thread, or from a thread of its own through a
 * short queue, so that one core parses while the other builds records (even within one large file) and only a
 * few hundred parsed records wait in memory. A read's exception reaches the consumer when its turn comes, as if
 * it had been read there; nothing after it is read.
 */
final class RecordPipe {

    /** What the consumer is handed, in the files' order. */
    interface Consumer {
        void record(String key, Node item);

        void file(DataFileReader.Source source);
    }

    /** One read: parse a file, passing its records to the sink, and return the rest of its tree. */
    interface Read extends Function<TreeReader.RecordSink, DataFileReader.Source> {
    }

    private static final int BATCH = 64;
    private static final int QUEUED_BATCHES = 4;
    private static final Object END = new Object();

    private record Item(String key, Node node) {
    }

    private record Failure(Throwable error) {
    }

    private RecordPipe() {
    }

    /** Runs {@code reads} into {@code consumer}; on a thread of their own when {@code ahead}. */
    static void run(List<Read> reads, TreeReader.RecordSink kinds, boolean ahead, Consumer consumer) {
        if (!ahead) {
            TreeReader.RecordSink direct = new TreeReader.RecordSink() {
                @Override
                public boolean streams(String key) {
                    return kinds.streams(key);
                }

                @Override
                public void record(String key, Node item) {
                    consumer.record(key, item);
                }
            };
            for (Read read : reads) {
                consumer.file(read.apply(direct));
            }
            return;
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        Thread reader = new Thread(() -> produce(reads, kinds, queue), "pkcheck-read");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return;
                }
                if (next instanceof Failure failure) {
                    if (failure.error() instanceof RuntimeException e) {
                        throw e;
                    }
                    if (failure.error() instanceof Error e) {
                        throw e;
                    }
                    throw new IllegalStateException(failure.error());
                }
                if (next instanceof DataFileReader.Source source) {
                    consumer.file(source);
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<Item> batch = (List<Item>) next;
                for (Item item : batch) {
                    consumer.record(item.key(), item.node());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the data", e);
        } finally {
            reader.interrupt();
        }
    }

    private static void produce(List<Read> reads, TreeReader.RecordSink kinds, BlockingQueue<Object> queue) {
        List<List<Item>> batch = new ArrayList<>(1);
        batch.add(new ArrayList<>(BATCH));
        TreeReader.RecordSink queued = new TreeReader.RecordSink() {
            @Override
            public boolean streams(String key) {
                return kinds.streams(key);
            }

            @Override
            public void record(String key, Node item) {
                List<Item> current = batch.get(0);
                current.add(new Item(key, item));
                if (current.size() == BATCH) {
                    put(queue, current);
                    batch.set(0, new ArrayList<>(BATCH));
                }
            }
        };
        try {
            for (Read read : reads) {
                DataFileReader.Source source = read.apply(queued);
                if (!batch.get(0).isEmpty()) {
                    put(queue, batch.get(0));
                    batch.set(0, new ArrayList<>(BATCH));
                }
                put(queue, source);
            }
            put(queue, END);
        } catch (Throwable e) { // NOPMD: handed to the consumer, which decides
            if (e instanceof Stop) {
                return; // the consumer has gone
            }
            try {
                if (!batch.get(0).isEmpty()) {
                    put(queue, batch.get(0));
                }
                put(queue, new Failure(e));
            } catch (Stop stop) {
                // the consumer has gone
            }
        }
    }

    /** Thrown on the reading thread when the consumer has stopped taking. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static void put(BlockingQueue<Object> queue, Object value) {
        try {
            queue.put(value);
        } catch (InterruptedException e) {
            throw new Stop();
        }
    }
}
