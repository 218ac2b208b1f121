package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.history.HistoryException;
import fi.perhekeskus.pkcheck.history.HistoryLocation;
import fi.perhekeskus.pkcheck.load.InputLimits;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.web.ServeOptions;
import fi.perhekeskus.pkcheck.web.WebServer;
import fi.perhekeskus.pkcheck.render.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pkcheck serve}: the web app (web.md). Prints one line, {@code pkcheck serving on http://HOST:PORT/},
 * and answers until SIGTERM or SIGINT, when it finishes the requests in flight and stops.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve pkcheck in the browser: drop a workbook or data files, read the answer.",
                "Binds to 127.0.0.1 (only this computer) unless --host says otherwise; Ctrl-C stops it. "
                        + "Nothing uploaded is written to disk or kept after the answer."})
final class ServeCommand extends ConsoleCommand {

    @Option(names = "--port", paramLabel = "${bundle:label.port:-N}", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "${bundle:label.address:-ADDR}", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}: only this computer can connect).")
    String host;

    @Option(names = "--max-upload", paramLabel = "${bundle:label.size:-SIZE}", defaultValue = "20M",
            description = "The largest upload in one request (default: ${DEFAULT-VALUE}); a .zip may unpack to ten "
                    + "times it.")
    String maxUpload;

    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}", defaultValue = "fi",
            description = "Language of pages where the browser asks for none: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--time-limit", paramLabel = "${bundle:label.seconds:-SECONDS}", defaultValue = "60",
            description = "How long one check may run before it is stopped with a clear answer (default: "
                    + "${DEFAULT-VALUE}).")
    int timeLimit;

    @Option(names = "--history", paramLabel = "${bundle:label.history:-LOCATION}",
            description = "Let people record their checks in this history: a file (SQLite, created on first use) "
                    + "or a jdbc:postgresql:// URL, as check --record --history. The start page then offers a "
                    + "checkbox (off by default) and /history shows the history. Without it nothing is stored.")
    String history;

    @Option(names = {"-v", "--verbose", "--debug"}, description = "Log requests and errors to standard error.")
    boolean verbose;

    @Override
    public Integer call() {
        Main.configureLogging(verbose);
        ServeOptions options;
        try {
            HistoryLocation location = history == null || history.isBlank() ? null
                    : HistoryLocation.resolve(history, console.env(), Path.of(""));
            options = new ServeOptions(host, port, InputLimits.ofSize(maxUpload).maxFileBytes(), lang,
                    Duration.ofSeconds(Math.max(1, timeLimit)), location);
        } catch (HistoryException e) {
            console.err().println(Errors.line(e.message(new Messages(language))));
            return ExitCode.INPUT_ERROR.code();
        } catch (IllegalArgumentException e) {
            console.err().println(Errors.line(e.getMessage()));
            return ExitCode.INPUT_ERROR.code();
        }
        WebServer server = new WebServer(options, console.clock());
        try {
            server.start();
        } catch (RuntimeException e) {
            String why = rootMessage(e);
            console.err().println(Errors.line(new Messages(language).get("error.serve.listen",
                    host + ":" + port, why, new fi.perhekeskus.pkcheck.model.Word(why != null
                            && why.toLowerCase(java.util.Locale.ROOT).contains("in use") ? "reason.addressInUse"
                            : "reason.cannotListen"))));
            server.close();
            return ExitCode.INPUT_ERROR.code();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "pkcheck-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        console.out().println("pkcheck serving on " + server.address());
        console.out().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCode.OK.code();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
