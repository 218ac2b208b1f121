package fi.perhekeskus.pkcheck.history;

/**
 * The history store cannot be opened, read or written (exit code 2). The message is one line that names the
 * store, never its password.
 */
public class HistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryException(String message) {
        super(message);
    }
}
