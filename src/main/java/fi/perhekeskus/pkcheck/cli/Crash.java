package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.DatasetLoader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a run that breaks says: any {@link Throwable} that escapes a command — running out of memory, a stack
 * overflow, a library's runtime exception — ends in one line on standard error and exit 2, never exit 1
 * (which means "findings") and never a stack trace unless {@code --verbose} asks for one.
 */
final class Crash {

    /** Options whose value is a path that is not data (the launcher skips the same ones). */
    private static final Set<String> NOT_DATA = Set.of("-o", "--output", "--model", "--rules", "--waivers",
            "--baseline", "--lang", "--format", "--date", "--fail-on", "--max-file-size", "--meeting");

    /**
     * Memory set aside at start-up and let go when the heap runs out, so that the error line can still be
     * made (a file walk, a few strings) where the heap is full to the last byte.
     */
    private static volatile byte[] reserve = new byte[4 << 20];

    /** Held while a crash is reported: a second thread that fails waits until the first one's line is out. */
    private static final Object LOCK = new Object();

    /** The error writers a crash was reported to already (tests run many in one JVM). */
    private static final java.util.Set<PrintWriter> reported =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** The process's own standard error (set by {@code main}); its line is written as bytes to the descriptor. */
    private static PrintWriter processErr;

    /** Whether the process's standard error has had its line; a flag, since marking it must not need the heap. */
    private static boolean processReported;

    /** Standard error itself, opened before anything can fail. */
    private static final FileOutputStream RAW_ERR = new FileOutputStream(FileDescriptor.err);

    /** The lines to fall back on where the full one cannot be made, encoded before anything can fail. */
    private static final byte[] OUT_OF_MEMORY = ("pkcheck: out of memory (the heap's limit is "
            + mb(Runtime.getRuntime().maxMemory()) + " MB); give more with PKCHECK_JAVA_OPTS=-Xmx"
            + suggestedHeap(Runtime.getRuntime().maxMemory()) + System.lineSeparator())
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERNAL = ("pkcheck: internal error (run with --verbose for details)"
            + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);

    private Crash() {
    }

    /**
     * Makes {@code err} the process's standard error: a crash reported to it is written straight to the file
     * descriptor, and {@link #reportedToProcess()} tells {@code main} to halt instead of exiting normally.
     */
    static void forProcess(PrintWriter err) {
        synchronized (LOCK) {
            processErr = err;
        }
    }

    /** Whether the process's standard error has had a crash's line. */
    static boolean reportedToProcess() {
        synchronized (LOCK) {
            return processReported;
        }
    }

    /**
     * Prints {@code e} as one line (with its trace after it when {@code verbose}); returns exit code 2. Once per
     * writer: where several threads fail at once (the heap runs out on the reading thread and the main thread),
     * the first one writes the line and the others wait for it, so that none halts the process before it is out.
     */
    static int report(Throwable e, String[] args, boolean verbose, PrintWriter err) {
        reserve = null;
        synchronized (LOCK) {
            boolean process = err == processErr;
            if (process ? processReported : reported.contains(err)) {
                return ExitCode.INPUT_ERROR.code();
            }
            if (process) {
                processReported = true;
            } else {
                reported.add(err);
            }
            boolean outOfMemory = find(e, OutOfMemoryError.class) != null;
            String text = null;
            try {
                String line = line(e, args, Runtime.getRuntime().maxMemory());
                text = Errors.oneLine(line + (verbose || line.contains("PKCHECK_JAVA_OPTS") ? ""
                        : " (run with --verbose for details)"));
            } catch (Throwable failed) { // NOPMD: the full line could not be made (the heap is gone); a fixed one
                reserve = null;
            }
            write(err, process, text, outOfMemory ? OUT_OF_MEMORY : INTERNAL);
            if (verbose) {
                try {
                    e.printStackTrace(err);
                    err.flush();
                } catch (Throwable ignored) { // NOPMD: the line is out; the trace is extra
                    // nothing more to do
                }
            }
        }
        return ExitCode.INPUT_ERROR.code();
    }

    /** Writes {@code text} (or, where it is null or cannot be encoded, the fixed {@code fallback}) as one line. */
    private static void write(PrintWriter err, boolean process, String text, byte[] fallback) {
        if (!process) {
            err.println(text != null ? text : new String(fallback, StandardCharsets.UTF_8).strip());
            err.flush();
            return;
        }
        try {
            err.flush();
        } catch (Throwable ignored) { // NOPMD: what was buffered before is not the line
            // go on to the line
        }
        byte[] bytes = fallback;
        if (text != null) {
            try {
                bytes = (text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            } catch (Throwable failed) { // NOPMD: no heap to encode it: the fixed line
                bytes = fallback;
            }
        }
        try {
            RAW_ERR.write(bytes);
            RAW_ERR.flush();
        } catch (IOException ignored) {
            // standard error is closed: the exit code still says it
        }
    }

    /** The one line for {@code e}, given the run's arguments and its largest heap in bytes. */
    static String line(Throwable e, String[] args, long maxHeap) {
        if (find(e, OutOfMemoryError.class) != null) {
            List<Path> data = dataPaths(args);
            String more = "; give more with PKCHECK_JAVA_OPTS=-Xmx" + suggestedHeap(maxHeap);
            if (data.isEmpty()) {
                return "pkcheck: out of memory (the heap's limit is " + mb(maxHeap) + " MB)" + more;
            }
            StringBuilder names = new StringBuilder();
            for (Path path : data) {
                names.append(names.length() == 0 ? "" : ", ").append(DatasetLoader.display(path));
            }
            return "pkcheck: out of memory reading " + Errors.scrub(names.toString()) + " ("
                    + mb(dataBytes(data)) + " MB of data, heap limit " + mb(maxHeap) + " MB)" + more;
        }
        if (find(e, StackOverflowError.class) != null) {
            return "pkcheck: internal error: the stack overflowed (input nested too deeply?)";
        }
        Throwable io = find(e, IOException.class);
        if (io != null && e instanceof UncheckedIOException) {
            return "pkcheck: cannot read or write (" + Errors.scrub(String.valueOf(io.getMessage())) + ")";
        }
        String message = e.getMessage() == null ? "" : ": " + Errors.scrub(e.getMessage());
        return "pkcheck: internal error: " + e.getClass().getName() + message;
    }

    /** The heap to suggest: twice the current limit, in whole gigabytes (or megabytes below one). */
    static String suggestedHeap(long maxHeap) {
        long twice = Math.max(maxHeap, 64L << 20) * 2;
        long gb = (twice + (1L << 30) - 1) >> 30;
        return twice < 1L << 30 ? ((twice + (1 << 20) - 1) >> 20) + "m" : gb + "g";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The arguments that name existing files or directories, except the values of options that are not data. */
    static List<Path> dataPaths(String[] args) {
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (NOT_DATA.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-") && !arg.isEmpty()) {
                try {
                    Path path = Path.of(arg);
                    if (Files.exists(path)) {
                        paths.add(path);
                    }
                } catch (RuntimeException ignored) {
                    // not a path on this system
                }
            }
        }
        return paths;
    }

    private static long dataBytes(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                total += walk.filter(Files::isRegularFile).filter(DatasetLoader::isData).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException ex) {
                        return 0;
                    }
                }).sum();
            } catch (IOException | RuntimeException ignored) {
                // the size is a hint only
            }
        }
        return total;
    }

    private static String mb(long bytes) {
        return String.valueOf((bytes + (1 << 19)) >> 20);
    }
}
