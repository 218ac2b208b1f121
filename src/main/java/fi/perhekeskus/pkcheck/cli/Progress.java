package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.render.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The progress line of a long run on standard error: after {@link #delayMillis} it shows the phase (reading,
 * checking, writing), the size of the data and the time so far, redrawn every {@link #TICK_MILLIS} by a
 * daemon thread. Only when standard error is a terminal and NO_COLOR is not set (see
 * {@link Console#progress()}) and without --quiet; never on standard output. {@link #close()} erases the
 * line (carriage return, clear to end of line) and stops the thread, before the report or an error line is
 * written. It never changes the output or the exit code: a failure to draw only stops drawing.
 */
final class Progress implements AutoCloseable {

    /** How often the line is redrawn. */
    static final long TICK_MILLIS = 200;

    /** How long a run goes before it shows progress; tests set 0 (the line is then drawn at once). */
    static volatile long delayMillis = 2_000;

    /** Clears from the cursor to the end of the line. */
    static final String CLEAR = "\r\u001b[K";

    private static final Progress NONE = new Progress(null, null, 0, 0);

    /** The progress of the run on this thread, which {@link Pipeline} tells of its phases. */
    private static final ThreadLocal<Progress> CURRENT = new ThreadLocal<>();

    private final PrintWriter err;
    private final ResourceBundle words;
    private final long totalBytes;
    private final long start;
    private final Object lock = new Object();
    private volatile String phase = "reading";
    private boolean drawn;
    private boolean closed;
    private Thread ticker;

    private Progress(PrintWriter err, ResourceBundle words, long totalBytes, long start) {
        this.err = err;
        this.words = words;
        this.totalBytes = totalBytes;
        this.start = start;
    }

    /**
     * Starts the progress of a run that reads {@code paths}: one that draws nothing unless the console's
     * standard error is a terminal, NO_COLOR is not set and {@code quiet} is false.
     */
    static Progress start(Console console, boolean quiet, Language language, List<Path> paths) {
        if (quiet || !console.progress()) {
            return NONE;
        }
        ResourceBundle words = ResourceBundle.getBundle("pkcheck.progress.progress", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Progress progress = new Progress(console.err(), words, size(paths), System.nanoTime());
        CURRENT.set(progress);
        long delay = delayMillis;
        if (delay <= 0) {
            progress.draw();
        }
        Thread thread = new Thread(() -> progress.tick(delay), "pkcheck-progress");
        thread.setDaemon(true);
        progress.ticker = thread;
        thread.start();
        return progress;
    }

    /** Tells the run's progress on this thread, if any, that it is now in {@code phase}. */
    static void phase(String phase) {
        Progress progress = CURRENT.get();
        if (progress != null) {
            progress.enter(phase);
        }
    }

    /** Now in {@code name} (reading, checking, writing): redrawn at once if the line is showing. */
    void enter(String name) {
        if (this == NONE) {
            return;
        }
        phase = name;
        synchronized (lock) {
            if (drawn && !closed) {
                drawLocked();
            }
        }
    }

    private void tick(long delay) {
        try {
            Thread.sleep(Math.max(delay, TICK_MILLIS));
            while (true) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    drawLocked();
                }
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) { // NOPMD: progress never fails a run
            // nothing drawn any more
        }
    }

    private void draw() {
        synchronized (lock) {
            if (!closed) {
                drawLocked();
            }
        }
    }

    private void drawLocked() {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String text;
        if ("reading".equals(phase) && totalBytes > 0) {
            text = MessageFormat.format(words.getString("reading.size"), megabytes(totalBytes));
        } else {
            text = words.getString(phase);
        }
        err.print(CLEAR + text + " " + MessageFormat.format(words.getString("elapsed"), String.valueOf(seconds)));
        err.flush();
        drawn = true;
    }

    /** Whole megabytes, at least 1 for any data. */
    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d", Math.max(1, (bytes + 524_288) / 1_048_576));
    }

    /** Erases the line if drawn and stops the thread; safe to call more than once. */
    @Override
    public void close() {
        if (this == NONE) {
            return;
        }
        CURRENT.remove();
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (drawn) {
                err.print(CLEAR);
                err.flush();
            }
        }
        Thread thread = ticker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The total size of the regular files under {@code paths}; 0 where it cannot be told. */
    static long size(List<Path> paths) {
        long[] total = {0};
        for (Path path : paths) {
            try {
                if (Files.isRegularFile(path)) {
                    total[0] += Files.size(path);
                } else if (Files.isDirectory(path)) {
                    Files.walkFileTree(path, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                total[0] += attrs.size();
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
                }
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // the reader will say what is wrong with it
            }
        }
        return total[0];
    }

    /**
     * Whether this process's standard error is a terminal. Java has no isatty: on Linux, file descriptor 2
     * links to a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere, or when it cannot be
     * told, it is taken to be no terminal, so that no progress can reach a log.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (!Files.isSymbolicLink(fd)) {
                return false;
            }
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.matches("/dev/tty[0-9]*");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
