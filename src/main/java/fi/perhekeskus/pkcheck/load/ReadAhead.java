package fi.perhekeskus.pkcheck.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Hands out the results of a list of reads in their order, optionally computing the next ones on a thread of
 * its own while the caller works on the current one: a large dataset's files are parsed on one core while the
 * other turns the previous file into records. The reads run one after the other either way (a reader need not
 * be thread-safe), at most {@code window} ahead of the caller, so at most that many parsed files wait in memory.
 * A read's exception is thrown by {@link #next} when its turn comes, as if it had been read there.
 *
 * @param <T> what a read returns
 */
final class ReadAhead<T> implements AutoCloseable {

    private final List<Supplier<T>> reads;
    private final int window;
    private final ExecutorService thread;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private int submitted;
    private int taken;

    private ReadAhead(List<Supplier<T>> reads, int window, boolean ahead) {
        this.reads = List.copyOf(reads);
        this.window = window;
        this.thread = ahead ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pkcheck-read");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** The reads run by {@link #next} itself, on the caller's thread. */
    static <T> ReadAhead<T> inOrder(List<Supplier<T>> reads) {
        return new ReadAhead<>(reads, 0, false);
    }

    /** The reads run on a thread of their own, up to {@code window} (at least 1) ahead of the caller. */
    static <T> ReadAhead<T> ahead(List<Supplier<T>> reads, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window " + window);
        }
        return new ReadAhead<>(reads, window, true);
    }

    boolean hasNext() {
        return taken < reads.size();
    }

    /** The next read's result; its exception, unchecked, if it threw one. */
    T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (thread == null) {
            return reads.get(taken++).get();
        }
        while (submitted < reads.size() && submitted - taken < window + 1) {
            pending.add(thread.submit(reads.get(submitted++)::get));
        }
        taken++;
        try {
            return pending.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the reads not yet taken. */
    @Override
    public void close() {
        if (thread != null) {
            pending.forEach(f -> f.cancel(true));
            thread.shutdownNow();
        }
    }
}
