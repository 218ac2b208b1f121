package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.InputLimits;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.render.RenderContext;
import fi.perhekeskus.pkcheck.render.Renderer;
import fi.perhekeskus.pkcheck.render.Renderers;
import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code check}, {@code validate} and {@code meeting} share: run the pipeline, render, choose the
 * exit code.
 */
abstract class CheckingCommand extends ConsoleCommand {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckingCommand.class);

    @Mixin
    CommonOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Dataset files or directories, read as one dataset.")
    List<Path> paths;


    /** What the options say to read. */
    Pipeline.Inputs inputs() {
        return new Pipeline.Inputs(paths, options.model, options.rules, options.waivers, options.baseline,
                limits(options.maxFileSize, console.env()));
    }

    /**
     * The input limits: {@code --max-file-size}, else {@code PKCHECK_MAX_FILE_SIZE}, else the default.
     *
     * @throws InputException when the size given is no size
     */
    static InputLimits limits(String option, java.util.Map<String, String> env) {
        String size = option != null ? option : env.get("PKCHECK_MAX_FILE_SIZE");
        if (size == null || size.isBlank()) {
            return InputLimits.DEFAULT;
        }
        try {
            return InputLimits.ofSize(size);
        } catch (IllegalArgumentException e) {
            throw new InputException((option != null ? "--max-file-size" : "PKCHECK_MAX_FILE_SIZE") + ": "
                    + e.getMessage());
        }
    }

    /** Runs this command's check; {@code today} is the check date when none is given. */
    abstract Pipeline.Result produce(LocalDate today);

    @Override
    public Integer call() {
        Main.configureLogging(options.verbose);
        try {
            Renderer renderer = Renderers.byName(options.format).orElseThrow(() -> new InputException(
                    "--format " + options.format + " is not available; choose one of "
                            + String.join(", ", Renderers.names())));
            Pipeline.Result result = produce(LocalDate.now(console.clock()));
            Report report = result.report();
            if (options.pseudonymise) {
                if (options.names) {
                    throw new InputException("--names and --pseudonymise cannot be used together");
                }
                report = new Pseudonymiser(result.names().keySet(), console.env().get("PKCHECK_PSEUDONYM_KEY"))
                        .apply(report);
            }
            Language language = options.lang != null ? options.lang : Language.fromEnvironment(console.env());
            Function<String, String> naming = options.names
                    ? id -> result.names().getOrDefault(id, id).equals(id) ? id : result.names().get(id) + " (" + id + ")"
                    : Function.identity();
            RenderContext context = new RenderContext(new Messages(language, naming),
                    options.output == null && console.colour(), Main.VERSION, result.rules());
            long writing = System.nanoTime();
            write(renderer, report, context);
            LOG.info("report written in {} ms", (System.nanoTime() - writing) / 1_000_000);
            return report.fails(options.failOn.threshold()) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
        } catch (InputException e) {
            console.err().println(Errors.oneLine(e.getMessage()));
            if (options.verbose) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INPUT_ERROR.code();
        }
    }

    /**
     * Writes the report to standard output or streams it into the --output file: a national check's report is
     * tens of megabytes, which a buffer would hold several times over. A report that cannot be finished leaves
     * no partial file behind.
     */
    private void write(Renderer renderer, Report report, RenderContext context) {
        try {
            if (options.output == null) {
                SafeWriter safe = new SafeWriter(console.out(), context.colour());
                renderer.render(report, context, safe);
                safe.flush();
                return;
            }
            Path parent = options.output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(options.output, StandardCharsets.UTF_8)) {
                renderer.render(report, context, new SafeWriter(out, context.colour()));
            } catch (IOException | RuntimeException e) {
                if (Files.isRegularFile(options.output, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(options.output);
                }
                throw e;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(options.output + ": cannot write the report (" + InputException.reason(e)
                    + ")");
        }
    }
}
