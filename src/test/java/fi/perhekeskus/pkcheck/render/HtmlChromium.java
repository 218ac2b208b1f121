package fi.perhekeskus.pkcheck.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, run once per page: it loads a file, then dumps the DOM after the scripts
 * ran or takes a screenshot, and logs what the page wrote to its console on standard error.
 *
 * <p>How console errors are found: with {@code --enable-logging=stderr --v=0} Chromium copies every
 * message of the page's console to standard error as a line with the source {@code CONSOLE}, e.g.
 * {@code [..:INFO:CONSOLE:1] "Uncaught ReferenceError: x is not defined", source: file:///...} (older
 * versions write {@code CONSOLE(1)}). That covers uncaught exceptions, {@code console.error}/{@code warn}
 * and Content-Security-Policy violations. The report's script writes nothing to the console, so any such
 * line is a failure. Chromium's own noise on the same stream (D-Bus, GPU) never carries that source.
 */
public final class HtmlChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    /** A line that Chromium logged for the page's console. */
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]|Uncaught ");

    private static final long TIMEOUT_SECONDS = 120;

    /** What one run gave: its exit code, standard output (the DOM for --dump-dom) and the console lines. */
    public record Run(int exit, String stdout, List<String> console, String stderr) {
    }

    private final Path work;

    /** @param work a directory for Chromium's profile and logs, e.g. under target/ */
    public HtmlChromium(Path work) {
        this.work = work;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Loads the page and prints the DOM as it is after the page's scripts ran. */
    public Run dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, List.of("--dump-dom"));
    }

    /** Loads the page and writes a PNG screenshot of a 1280-pixel-wide window. */
    public Run screenshot(Path page, Path png, int height) throws IOException, InterruptedException {
        return screenshot(page, png, 1280, height, 3000);
    }

    /** Loads the page, lets its scripts run for {@code budgetMillis} of virtual time, and writes a PNG. */
    public Run screenshot(Path page, Path png, int width, int height, int budgetMillis)
            throws IOException, InterruptedException {
        // Without the last two flags Chromium sometimes shoots before the bottom of a long page is painted.
        return run(page, List.of("--hide-scrollbars", "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=" + budgetMillis, "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height));
    }

    /** Loads the page and prints it to a PDF as the browser's print dialog would, with the page's print stylesheet. */
    public Run printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
        return run(page, List.of("--no-pdf-header-footer", "--virtual-time-budget=2000",
                "--print-to-pdf=" + pdf.toAbsolutePath()));
    }

    private Run run(Path page, List<String> action) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path profile = Files.createTempDirectory(work, "profile-");
        Path out = Files.createTempFile(work, "stdout-", ".txt");
        Path err = Files.createTempFile(work, "stderr-", ".txt");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(action);
        command.add(page.toAbsolutePath().toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            List<String> console = stderr.lines().filter(l -> CONSOLE.matcher(l).find()).toList();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), console, stderr);
        } finally {
            delete(profile);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
