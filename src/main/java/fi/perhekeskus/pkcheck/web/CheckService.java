package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.cli.Main;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.InputLimits;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.render.RenderContext;
import fi.perhekeskus.pkcheck.render.Renderer;
import fi.perhekeskus.pkcheck.render.Renderers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checks for the server: the command line's pipeline on an upload's in-memory paths, at most one check per
 * core at a time, each within the time limit. The built-in rule base is loaded once, when the server starts,
 * and shared (a KieBase is immutable); every check opens its own session, and nothing else outlives a request.
 */
final class CheckService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);

    private final ExecutorService workers;
    private final Duration timeLimit;
    private final InputLimits limits;
    private final Clock clock;

    CheckService(ServeOptions options, Clock clock) {
        this.timeLimit = options.timeLimit();
        this.limits = new InputLimits(options.maxUnpacked());
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "pkcheck-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads the built-in rules and builds the rule bases of a check and a pre-meeting check, once. */
    void warmUp() {
        RuleBase rules = RuleBase.build(List.of());
        rules.kieBaseFor(Checker.kinds(false, false));
        rules.kieBaseFor(Checker.kinds(true, false));
    }

    /** The whole check of {@code web.md}'s {@code /api/check}: every rule but the MEET ones. */
    Pipeline.Result check(InMemoryUpload upload, CheckRequest request) {
        LocalDate date = request.date() != null ? request.date() : LocalDate.now(clock);
        return within(upload, () -> Pipeline.run(inputs(upload, request), date, id -> !id.startsWith("MEET-")));
    }

    /** The pre-meeting check of {@code /api/meeting}. */
    Pipeline.Result meeting(InMemoryUpload upload, CheckRequest request) {
        return within(upload, () -> Pipeline.meeting(inputs(upload, request), request.meeting(), LocalDate.now(clock)));
    }

    /** The upload read as a dataset only, for the forms that list its meetings, groups and people. */
    fi.perhekeskus.pkcheck.model.Dataset load(InMemoryUpload upload) {
        return within(upload, () -> new fi.perhekeskus.pkcheck.load.DatasetLoader(limits).load(upload.paths()));
    }

    /** Runs {@code work} on a worker within the time limit; on time out the request gets a 503, the server goes on. */
    <T> T within(InMemoryUpload upload, Supplier<T> work) {
        if (upload.isEmpty()) {
            throw WebError.keyed(400, "noFile");
        }
        Future<T> future = workers.submit(work::get);
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw WebError.keyed(503, "timeout", timeLimit.toMillis() / 1000.0);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw WebError.keyed(503, "stopping");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException input) {
                throw noDataIn(input, upload).orElseGet(() -> WebError.of(input, upload.names()));
            }
            if (cause instanceof WebError web) {
                throw web;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * An uploaded .zip with no data file among its files, said as the archive it is (the loader says "directory")
     * with every kind of file read; empty otherwise.
     */
    static Optional<WebError> noDataIn(InputException input, InMemoryUpload upload) {
        if ("error.emptyDirectory".equals(input.key()) && input.where() instanceof String archive
                && upload.names().contains(archive)) {
            return Optional.of(WebError.keyedAt(400, archive, "noDataInZip", archive));
        }
        return Optional.empty();
    }

    private Pipeline.Inputs inputs(InMemoryUpload upload, CheckRequest request) {
        return new Pipeline.Inputs(upload.paths(), request.model(), List.of(), null, null, limits);
    }

    /**
     * The report in {@code format} and {@code lang}, as the command line writes it; with {@code names}, people
     * by name beside their ids (as {@code --names}).
     */
    static String render(Pipeline.Result result, String format, Language lang, boolean names) {
        Renderer renderer = Renderers.byName(format).orElseThrow(() -> CheckRequest.unknownFormat(format));
        Function<String, String> naming = names
                ? id -> result.names().getOrDefault(id, id).equals(id) ? id : result.names().get(id) + " (" + id + ")"
                : Function.identity();
        // As on the command line: the meeting check's suggestions name whom to call (docs/security.md, personal data).
        Messages messages = new Messages(lang, naming).withContacts(result.names(), result.organisations());
        RenderContext context = new RenderContext(messages, false, Main.VERSION, result.rules());
        StringWriter out = new StringWriter();
        try {
            // scrubbed of control and bidi characters as the command line's reports are
            renderer.render(result.report(), context, new fi.perhekeskus.pkcheck.cli.SafeWriter(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The content type of a report format. */
    static String contentType(String format) {
        return switch (format) {
            case "json" -> "application/json; charset=utf-8";
            case "sarif" -> "application/sarif+json; charset=utf-8";
            case "junit" -> "application/xml; charset=utf-8";
            case "markdown" -> "text/markdown; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
    }

    /** The file name a downloaded report gets. */
    static String fileName(String format) {
        return "pkcheck-report." + switch (format) {
            case "json" -> "json";
            case "sarif" -> "sarif";
            case "junit" -> "xml";
            case "markdown" -> "md";
            case "csv" -> "csv";
            case "html" -> "html";
            default -> "txt";
        };
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        LOG.info("check workers stopped");
    }
}
