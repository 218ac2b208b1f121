package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.DatasetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    /** The error writers a crash was reported to already. */
    private static final java.util.Set<PrintWriter> reported =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    private Crash() {
    }

    /** Prints {@code e} as one line (with its trace after it when {@code verbose}); returns exit code 2. */
    static int report(Throwable e, String[] args, boolean verbose, PrintWriter err) {
        reserve = null;
        synchronized (Crash.class) {
            // One line per run, even where a worker thread and the main thread fail at once.
            if (reported.contains(err)) {
                return ExitCode.INPUT_ERROR.code();
            }
            reported.add(err);
        }
        String line = line(e, args, Runtime.getRuntime().maxMemory());
        err.println(Errors.oneLine(line + (verbose || line.contains("PKCHECK_JAVA_OPTS") ? ""
                : " (run with --verbose for details)")));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INPUT_ERROR.code();
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
