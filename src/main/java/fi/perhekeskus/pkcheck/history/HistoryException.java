package fi.perhekeskus.pkcheck.history;

import fi.perhekeskus.pkcheck.model.Word;
import fi.perhekeskus.pkcheck.render.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The history store cannot be opened, read or written (exit code 2). The message is one line that names the
 * store, never its password. {@link #getMessage()} is English, with the database's own words; {@link #message}
 * says it in the reader's language, with our own words for the common causes.
 */
public class HistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message key of the bundles, or null for a message given only as English text. */
    private final String key;
    private final transient List<Object> args;

    public HistoryException(String message, Throwable cause) {
        this(message, null, List.of(), cause);
    }

    public HistoryException(String message) {
        this(message, null, List.of(), null);
    }

    /** A message given both as English text and as a key of the bundles with its arguments. */
    HistoryException(String english, String key, List<Object> args, Throwable cause) {
        super(english, cause);
        this.key = key;
        this.args = args;
    }

    /** The message in the language of {@code messages}; the English text where it has no key. */
    public String message(Messages messages) {
        return key != null && messages.has(key) ? messages.get(key, args.toArray()) : getMessage();
    }

    /** The message key, or null. */
    public String key() {
        return key;
    }

    /**
     * Why a database refused, in our own words ({@code history.reason.*}) for the causes a coordinator meets;
     * {@code history.reason.other} for the rest, whose driver's words stay in the English text and the log.
     */
    static Word reason(String driverWords) {
        String text = driverWords == null ? "" : driverWords.toLowerCase(Locale.ROOT);
        if (text.contains("not a database") || text.contains("notadb") || text.contains("malformed")) {
            return new Word("history.reason.notDatabase");
        }
        if (text.contains("password") || text.contains("authentication")) {
            return new Word("history.reason.login");
        }
        if (text.contains("readonly") || text.contains("read-only") || text.contains("read only")
                || text.contains("permission denied") || text.contains("access denied")) {
            return new Word("history.reason.readOnly");
        }
        if (text.contains("locked") || text.contains("busy")) {
            return new Word("history.reason.busy");
        }
        if (text.contains("does not exist")) {
            return new Word("history.reason.noDatabase");
        }
        if (text.contains("connection refused") || text.contains("connect") || text.contains("unknownhost")
                || text.contains("timed out") || text.contains("timeout")) {
            return new Word("history.reason.unreachable");
        }
        if (text.contains("newer") || text.contains("not resolved locally")) {
            return new Word("history.reason.newer");
        }
        return new Word("history.reason.other");
    }
}
