package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Location;

/**
 * The tool cannot do its job with this input (exit code 2): a file that cannot be parsed, an unknown
 * model, a rule file that does not compile. The message is one line and names file, line and column.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "{@code file:line:column: message}", or "{@code file: message}" where no position is known. */
    public static InputException at(Location location, String message) {
        return new InputException(location + ": " + message);
    }

    public static InputException at(String file, String message) {
        return new InputException(file + ": " + message);
    }
}
