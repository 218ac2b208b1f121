package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.cli.Main;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.history.HistoryException;
import fi.perhekeskus.pkcheck.history.HistoryLocation;
import fi.perhekeskus.pkcheck.history.HistoryStore;
import fi.perhekeskus.pkcheck.history.HistoryWords;
import fi.perhekeskus.pkcheck.history.HistoryWriter;
import fi.perhekeskus.pkcheck.history.Recorder;
import fi.perhekeskus.pkcheck.history.Trend;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history of {@code pkcheck serve --history LOCATION} (history.md): a check is recorded only when the person
 * asks for it, exactly as {@code check --record} records it, and {@code /history} shows what
 * {@code pkcheck history --format html} writes. Without {@code --history} it is off: nothing is stored.
 */
final class WebHistory {

    private static final Logger LOG = LoggerFactory.getLogger(WebHistory.class);

    /** The values of the {@code record} field that ask for recording: a checked box sends {@code on}. */
    private static final Set<String> YES = Set.of("on", "true", "1", "yes");

    /** What became of a request to record: the run's id, or the one-line reason it was not recorded. */
    record Outcome(Long runId, String error) {
        boolean recorded() {
            return runId != null;
        }
    }

    private final HistoryLocation location;
    private final Clock clock;

    WebHistory(HistoryLocation location, Clock clock) {
        this.location = location;
        this.clock = clock;
    }

    /** Whether the server keeps a history at all. */
    boolean on() {
        return location != null;
    }

    /** Whether a form's {@code record} field asks for recording; always false when the history is off. */
    boolean wanted(String field) {
        return on() && field != null && YES.contains(field.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Records the check as {@code check --record} does; a store that cannot be written is a one-line error in
     * {@code lang}, as the command line says it.
     */
    Outcome record(Pipeline.Result result, Language lang) {
        try {
            long id = Recorder.record(location, result.report(), result.names().keySet(), null,
                    HistoryStore.now(clock), Main.VERSION);
            return new Outcome(id, null);
        } catch (HistoryException e) {
            LOG.warn("the run was not recorded: {}", e.getMessage());
            return new Outcome(null, WebError.oneLine(e.message(new Messages(lang))));
        }
    }

    /** The history as {@code pkcheck history --format html --lang LANG} writes it; an empty one before any run. */
    String html(Language lang) {
        Trend trend;
        if (location.kind() == HistoryLocation.Kind.SQLITE
                && !Files.isRegularFile(Path.of(location.jdbcUrl().substring("jdbc:sqlite:".length())))) {
            trend = Trend.of(List.of());
        } else {
            try (HistoryStore store = HistoryStore.openForReading(location)) {
                trend = Trend.of(store.runs(null));
            }
        }
        HistoryWriter writer = HistoryWriter.byName("html").orElseThrow();
        StringWriter out = new StringWriter();
        try {
            writer.write(trend, new HistoryWriter.Context(new HistoryWords(new Messages(lang), clock.getZone()),
                    Main.VERSION, null), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
