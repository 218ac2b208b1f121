package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.history.HistoryException;
import fi.perhekeskus.pkcheck.history.HistoryLocation;
import fi.perhekeskus.pkcheck.history.HistoryStore;
import fi.perhekeskus.pkcheck.history.HistoryWords;
import fi.perhekeskus.pkcheck.history.HistoryWriter;
import fi.perhekeskus.pkcheck.history.Trend;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.render.PdfRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pkcheck history}: the recorded checks as a trend (history.md). */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"The recorded checks (check --record), oldest first: counts, what is new and fixed since "
                + "the previous check of the same region, and the open errors of each area and tier over time."})
final class HistoryCommand extends ConsoleCommand {

    @Option(names = "--history", paramLabel = "${bundle:label.history:-LOCATION}",
            description = "The history: a file (SQLite) or a jdbc:postgresql:// URL (default: PKCHECK_HISTORY, "
                    + "else pkcheck-history.db here). PostgreSQL credentials come from PKCHECK_DB_USER and "
                    + "PKCHECK_DB_PASSWORD.")
    String history;

    @Option(names = "--region", paramLabel = "${bundle:label.region:-ID}", description = "Only the runs of this region.")
    String region;

    @Option(names = "--format", paramLabel = "${bundle:label.format:-FMT}", defaultValue = "text", converter = FormatName.class,
            description = "text, json, csv, html or pdf (default: ${DEFAULT-VALUE}); pdf needs -o.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file:-FILE}", converter = OutputOption.class,
            description = "Write to FILE instead of standard output (-: standard output).")
    Path output;

    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}",
            description = "Language: ${COMPLETION-CANDIDATES} (default: from LC_ALL, LC_MESSAGES or LANG, else en).")
    Language lang;

    @Option(names = {"-v", "--verbose", "--debug"}, description = "Log to standard error, with stack traces.")
    boolean verbose;

    @Override
    public Integer call() {
        Main.configureLogging(verbose);
        boolean pdf = "pdf".equals(format);
        HistoryWriter writer = HistoryWriter.byName(pdf ? "html" : format).orElse(null);
        Language language = lang != null ? lang : Language.fromEnvironment(console.env());
        Messages messages = new Messages(language);
        if (writer == null) {
            console.err().println(Errors.line(messages.get("error.history.format", format)));
            return ExitCode.INPUT_ERROR.code();
        }
        if (pdf && output == null) {
            console.err().println(Errors.line(messages.get("error.pdfNeedsOutput")));
            return ExitCode.INPUT_ERROR.code();
        }
        HistoryWords words = new HistoryWords(messages, console.clock().getZone());
        try {
            HistoryLocation location = HistoryLocation.resolve(history, console.env(), Path.of(""));
            if (location.kind() == HistoryLocation.Kind.SQLITE && !java.nio.file.Files.isRegularFile(location.file())) {
                // The store's own message is English; this, the common first-day case, is said in the reader's language.
                console.err().println(Errors.line(messages.get("error.history.noStore",
                        String.valueOf(location))));
                return ExitCode.INPUT_ERROR.code();
            }
            Trend trend;
            List<String> recorded;
            try (HistoryStore store = HistoryStore.openForReading(location)) {
                trend = Trend.of(store.runs(region));
                recorded = region != null && trend.steps().isEmpty() ? store.regions() : List.of();
            }
            HistoryWriter.Context context = new HistoryWriter.Context(words, Main.VERSION, region, recorded);
            if (output == null) {
                writer.write(trend, context, console.out());
                console.out().flush();
            } else {
                StringWriter text = new StringWriter();
                writer.write(trend, context, text);
                OutputFile.write(output, pdf ? new PdfRenderer().pdf(text.toString(), null)
                        : text.toString().getBytes(StandardCharsets.UTF_8));
            }
            return ExitCode.OK.code();
        } catch (HistoryException e) {
            console.err().println(Errors.line(e.message(messages)));
            if (verbose) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INPUT_ERROR.code();
        } catch (IOException e) {
            console.err().println(Errors.line(messages.get("error.write", output, e.getMessage(),
                    InputException.reasonTerm(e))));
            return ExitCode.INPUT_ERROR.code();
        }
    }
}
