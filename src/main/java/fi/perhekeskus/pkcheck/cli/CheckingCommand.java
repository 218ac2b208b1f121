package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.convert.AtomicFile;
import fi.perhekeskus.pkcheck.engine.RuleMessages;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.InputLimits;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.HtmlRenderer;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.render.PdfRenderer;
import fi.perhekeskus.pkcheck.render.RenderContext;
import fi.perhekeskus.pkcheck.render.Renderer;
import fi.perhekeskus.pkcheck.render.Renderers;
import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.dataset:-PATH}", descriptionKey = "paths", description = "Dataset files or directories, read as one dataset.")
    List<Path> paths;


    /** What the options say to read. */
    Pipeline.Inputs inputs() {
        return new Pipeline.Inputs(paths, options.model, options.rules, options.waivers, options.baseline,
                limits(options.maxFileSize, console.env()), options.maxFindingsPerRule,
                options.maxFirings);
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

    /** Every file and directory this command reads: the data, a model file, rules, waivers, a baseline. */
    private List<Path> inputFiles() {
        List<Path> files = new java.util.ArrayList<>(paths);
        OutputGuard.addModel(files, options.model);
        files.addAll(options.rules);
        files.add(options.waivers);
        files.add(options.baseline);
        return files;
    }

    /** Runs this command's check; {@code today} is the check date when none is given. */
    abstract Pipeline.Result produce(LocalDate today);

    @Override
    public Integer call() {
        Main.configureLogging(options.verbose);
        // Erased (and its thread stopped) before the report or any error line is written.
        Progress progress = Progress.start(console, options.quiet || options.verbose,
                options.lang != null ? options.lang : language, paths);
        try {
            boolean pdf = PdfRenderer.FORMAT.equals(options.format);
            if (pdf && options.output == null) {
                throw InputException.of("error.pdfNeedsOutput");
            }
            Renderer renderer = pdf ? new HtmlRenderer() : Renderers.byName(options.format).orElseThrow(() -> InputException.of(
                    "error.badFormat", options.format, String.join(", ", Renderers.formats())));
            if (options.output != null) {
                OutputGuard.report(options.output, options.format, inputFiles(), options.force);
            }
            Pipeline.Result result = produce(LocalDate.now(console.clock()));
            Report report = result.report();
            if (options.pseudonymise) {
                if (options.names) {
                    throw InputException.of("error.namesAndPseudonymise");
                }
                report = new Pseudonymiser(result.names().keySet(), console.env().get("PKCHECK_PSEUDONYM_KEY"))
                        .apply(report);
            }
            Language language = options.lang != null ? options.lang : Language.fromEnvironment(console.env());
            Function<String, String> naming = options.names
                    ? id -> result.names().getOrDefault(id, id).equals(id) ? id : result.names().get(id) + " (" + id + ")"
                    : Function.identity();
            RuleMessages own = RuleMessages.load(options.rules);
            Messages messages = new Messages(language, naming, own.in(language.name()));
            if (!options.pseudonymise) {
                // The meeting check's suggestions name whom to call (docs/security.md, personal data); other findings do not.
                messages = messages.withContacts(result.names(), result.organisations());
            }
            RenderContext context = new RenderContext(messages,
                    options.output == null && console.colour(), Main.VERSION, result.rules());
            long writing = System.nanoTime();
            if (options.output == null) {
                progress.close();
            } else {
                progress.enter("writing");
            }
            if (pdf) {
                writePdf(renderer, report, context);
            } else {
                write(renderer, report, context);
            }
            progress.close();
            LOG.info("report written in {} ms", (System.nanoTime() - writing) / 1_000_000);
            return report.fails(options.failOn.threshold()) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
        } catch (InputException e) {
            progress.close();
            fail(e);
            if (options.verbose) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INPUT_ERROR.code();
        } finally {
            progress.close();
        }
    }

    /** The HTML report laid out on A4 pages, written to the --output file whole or not at all. */
    private void writePdf(Renderer html, Report report, RenderContext context) {
        try {
            java.io.StringWriter page = new java.io.StringWriter();
            html.render(report, context, page);
            OutputFile.write(options.output, new PdfRenderer().pdf(page.toString(), PdfRenderer.reportStylesheet()));
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(options.output + ": cannot write the report (" + InputException.reason(e) + ")");
        }
    }

    /**
     * Writes the report to standard output or streams it into the --output file: a national check's report is
     * tens of megabytes, which a buffer would hold several times over. A report that cannot be finished leaves
     * no partial file behind and an earlier report whole: it is written to a temporary file beside it and moved into
     * place when complete.
     */
    private void write(Renderer renderer, Report report, RenderContext context) {
        try {
            if (options.output == null) {
                SafeWriter safe = new SafeWriter(console.out(), context.colour());
                renderer.render(report, context, safe);
                safe.flush();
                return;
            }
            AtomicFile.write(options.output, stream -> {
                Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
                renderer.render(report, context, new SafeWriter(out, context.colour()));
                out.flush();
            });
        } catch (IOException | UncheckedIOException e) {
            throw InputException.keyed(options.output.toString(), "error.cannotWriteReport", InputException.reasonTerm(e));
        }
    }
}
