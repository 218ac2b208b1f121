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

    /** Why a file could not be read or written, in words rather than an exception's class name. */
    public static String reason(Throwable e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof java.nio.file.FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (cause instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String name = cause.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
