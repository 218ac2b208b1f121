package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.history.HistoryException;
import fi.perhekeskus.pkcheck.history.HistoryLocation;
import fi.perhekeskus.pkcheck.history.HistoryStore;
import fi.perhekeskus.pkcheck.history.Recorder;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pkcheck check PATH...}: every rule; with {@code --record}, the run is also stored in the history. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check one or more datasets against their governance model and print the report.")
final class CheckCommand extends CheckingCommand {

    @Option(names = "--record", description = "After the check, store this run in the history (see pkcheck history). "
            + "Never changes the report or the exit code; if the history cannot be written, the exit code is 2.")
    boolean record;

    @Option(names = "--history", paramLabel = "${bundle:label.history:-LOCATION}",
            description = "The history: a file (SQLite, created on first use) or a jdbc:postgresql:// URL "
                    + "(default: PKCHECK_HISTORY, else pkcheck-history.db here). PostgreSQL credentials come from "
                    + "PKCHECK_DB_USER and PKCHECK_DB_PASSWORD.")
    String history;

    @Option(names = "--label", paramLabel = "${bundle:label.text:-TEXT}", description = "A short note stored with the recorded run.")
    String label;

    /** What the check produced, for recording; null until it ran. */
    private Pipeline.Result result;

    @Override
    Pipeline.Result produce(LocalDate today) {
        LocalDate date = options.date != null ? options.date : today;
        result = Pipeline.check(inputs(), date);
        return result;
    }

    @Override
    public Integer call() {
        fi.perhekeskus.pkcheck.render.Messages messages = new fi.perhekeskus.pkcheck.render.Messages(
                options.lang != null ? options.lang : fi.perhekeskus.pkcheck.render.Language.fromEnvironment(console.env()));
        if (!record && (history != null || label != null)) {
            console.err().println(Errors.line(messages.get("error.record.without")));
            return ExitCode.INPUT_ERROR.code();
        }
        if (label != null && label.length() > Recorder.MAX_LABEL) {
            console.err().println(Errors.line(messages.get("error.record.labelTooLong", Recorder.MAX_LABEL)));
            return ExitCode.INPUT_ERROR.code();
        }
        int code = super.call();
        if (!record || result == null || code == ExitCode.INPUT_ERROR.code()) {
            return code;
        }
        try {
            HistoryLocation location = HistoryLocation.resolve(history, console.env(), Path.of(""));
            Recorder.record(location, result.report(), result.names().keySet(), label,
                    HistoryStore.now(console.clock()), Main.VERSION);
            return code;
        } catch (HistoryException e) {
            console.err().println(Errors.line(messages.get("error.record.failed", e.message(messages))));
            if (options.verbose) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INPUT_ERROR.code();
        }
    }
}
