package fi.perhekeskus.pkcheck.load;

import com.ibm.icu.text.MessageFormat;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Word;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The tool cannot do its job with this input (exit code 2): a file that cannot be parsed, an unknown
 * model, a rule file that does not compile. The message is one line and names file, line and column.
 *
 * <p>A keyed exception ({@link #keyed}) holds a message key of the {@code pkcheck/messages} bundles and its
 * arguments, rendered late in the reader's language by {@link #message(Renderer)}; {@link #getMessage()} is
 * its English text. One made from a plain string ({@link #InputException(String)}, {@link #at}) is English
 * in every language.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The bundle that holds the English text of keyed messages. */
    static final String BUNDLE = "pkcheck.messages.messages";

    /** Where the problem is (a {@link Location}, a file name or null), the message key and its arguments. */
    private final transient Object where;
    private final String key;
    private final transient List<Object> args;

    public InputException(String message) {
        super(message);
        this.where = null;
        this.key = null;
        this.args = List.of();
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.where = null;
        this.key = null;
        this.args = List.of();
    }

    private InputException(Object where, String key, List<Object> args, Throwable cause) {
        super(english(where, key, args), cause);
        this.where = where;
        this.key = key;
        this.args = args;
    }

    /** "{@code file:line:column: message}", or "{@code file: message}" where no position is known. */
    public static InputException at(Location location, String message) {
        return new InputException(location + ": " + message);
    }

    public static InputException at(String file, String message) {
        return new InputException(file + ": " + message);
    }

    /**
     * A message of the bundles, about {@code where} (a {@link Location}, a file name, or null for none); the
     * arguments may be {@link Word}s, translated in turn.
     */
    public static InputException keyed(Object where, String key, Object... args) {
        return new InputException(where, key, List.of(args), null);
    }

    /** A message of the bundles about nothing in particular (a usage error, say). */
    public static InputException of(String key, Object... args) {
        return new InputException(null, key, List.of(args), null);
    }

    /** The same as {@link #keyed(Object, String, Object...)}, caused by {@code cause}. */
    public static InputException caused(Throwable cause, Object where, String key, Object... args) {
        return new InputException(where, key, List.of(args), cause);
    }

    /** The message key, or null for a message given as English text. */
    public String key() {
        return key;
    }

    /** The message's arguments; empty for a message given as text. */
    public List<Object> args() {
        return args;
    }

    /** Where the problem is: a {@link Location}, a file name, or null. */
    public Object where() {
        return where;
    }

    /** Renders a message key with its arguments in some language. */
    @FunctionalInterface
    public interface Renderer {
        /** The text of {@code key} filled with {@code args}. */
        String text(String key, List<Object> args);

        /** How {@code location} reads in this language; by default {@code file:line:column}. */
        default String where(Location location) {
            return location.toString();
        }
    }

    /** The one-line message in the language of {@code renderer}; English text as it is. */
    public String message(Renderer renderer) {
        if (key == null) {
            return getMessage();
        }
        String text = renderer.text(key, args);
        if (where == null) {
            return text;
        }
        return (where instanceof Location location ? renderer.where(location) : where) + ": " + text;
    }

    /** The English text of a key: the fallback of {@link #getMessage()}. */
    private static String english(Object where, String key, List<Object> args) {
        String text = englishText(key, args);
        return where == null ? text : where + ": " + text;
    }

    static String englishText(String key, List<Object> args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        Object[] values = args.stream()
                .map(a -> a instanceof Word word ? englishText(word.key(), List.of()) : a)
                .toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(values);
    }

    /** Why a file could not be read or written, in words rather than an exception's class name. */
    public static String reason(Throwable e) {
        Object why = reasonTerm(e);
        return why instanceof Word word ? englishText(word.key(), List.of()) : why.toString();
    }

    /**
     * Why a file could not be read or written, as a {@link Word} of the bundles ({@code reason.*}) where the
     * cause is a known one, else the operating system's words.
     */
    public static Object reasonTerm(Throwable e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return new Word("reason.noSuchFile");
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return new Word("reason.accessDenied");
        }
        if (cause instanceof java.nio.file.FileSystemLoopException) {
            return new Word("reason.loop");
        }
        if (cause instanceof java.nio.file.NotDirectoryException) {
            return new Word("reason.notDirectory");
        }
        if (cause instanceof java.nio.file.FileAlreadyExistsException) {
            return new Word("reason.exists");
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            String words = fs.getReason().toLowerCase(Locale.ROOT);
            return words.contains("no space") ? new Word("reason.noSpace")
                    : words.contains("read-only") ? new Word("reason.readOnly")
                    : words.contains("not a directory") ? new Word("reason.notDirectory")
                    : fs.getReason();
        }
        String name = cause.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
