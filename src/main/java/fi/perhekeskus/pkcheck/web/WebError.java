package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request the server cannot answer with a report: its HTTP status and one line saying why, and where known
 * the file, line (a workbook's row) and column (web.md, "Responses"). Never carries a stack trace.
 */
public final class WebError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The longest error line, as on the command line. */
    static final int MAX = 300;

    /** "file:12:3: message" (YAML, JSON, CSV). */
    private static final Pattern AT_LINE = Pattern.compile("^(.+?):(\\d+):(\\d+): .*", Pattern.DOTALL);
    /** "file:12: message" (a line without a column: a file that is not UTF-8, a run of blanks). */
    private static final Pattern AT_LINE_ONLY = Pattern.compile("^(.+?):(\\d+): .*", Pattern.DOTALL);
    /** "file [sheet] B12: message" or "file [sheet] row 12: message" (a workbook). */
    private static final Pattern AT_CELL = Pattern.compile("^(.+?) \\[([^\\]]+)\\] (?:row (\\d+)|([A-Z]{1,3})(\\d+)): .*",
            Pattern.DOTALL);

    private final int status;
    private final String file;
    private final String sheet;
    private final Integer line;
    private final Integer column;
    /** What the command line would answer with exit 2, said in the request's language when the answer is sent. */
    private final transient InputException input;
    /** The server's own answer as a key of the pages' texts ({@code weberror.*}) and its arguments, or null. */
    private final String key;
    private final transient Object[] args;

    private WebError(int status, String message, String file, String sheet, Integer line, Integer column,
                     InputException input) {
        this(status, message, file, sheet, line, column, input, null, null);
    }

    private WebError(int status, String message, String file, String sheet, Integer line, Integer column,
                     InputException input, String key, Object[] args) {
        super(oneLine(message), null, false, false);
        this.status = status;
        this.file = file;
        this.sheet = sheet;
        this.line = line;
        this.column = column;
        this.input = input;
        this.key = key;
        this.args = args;
    }

    /**
     * The server's own answer in the words of the pages' texts: {@code weberror.<key>} with {@code args}, in English
     * for the log and {@link #getMessage()}, in the request's language when it is sent ({@link #message(Language)}).
     */
    static WebError keyed(int status, String key, Object... args) {
        return keyedAt(status, null, key, args);
    }

    /** As {@link #keyed}, about the uploaded {@code file} (the answer's {@code file} field). */
    static WebError keyedAt(int status, String file, String key, Object... args) {
        String full = "weberror." + key;
        return new WebError(status, new WebText(Language.en).get(full, args), file, null, null, null, null, full,
                args.clone());
    }

    /**
     * A 400 for what the command line answers with exit 2, in the words of the command line's line
     * ({@link #message(Language)}), its file and position where it names one of the uploaded {@code files}: from
     * the place the exception names, else read from the message ("{@code file:line:column: ...}" and the like).
     */
    static WebError of(InputException e, Collection<String> files) {
        String message = e.getMessage() == null ? "the input cannot be used" : e.getMessage();
        if (e.where() instanceof Location at && at.file() != null && uploaded(at.file(), files)) {
            return new WebError(400, message, at.file(), at.sheet(), at.line() > 0 ? at.line() : null,
                    at.column() > 0 ? at.column() : null, e);
        }
        Matcher cell = AT_CELL.matcher(message);
        if (cell.matches() && uploaded(cell.group(1), files)) {
            boolean row = cell.group(3) != null;
            return new WebError(400, message, cell.group(1), cell.group(2),
                    Integer.valueOf(row ? cell.group(3) : cell.group(5)), row ? null : column(cell.group(4)), e);
        }
        Matcher at = AT_LINE.matcher(message);
        if (at.matches() && uploaded(at.group(1), files)) {
            return new WebError(400, message, at.group(1), null, Integer.valueOf(at.group(2)),
                    Integer.valueOf(at.group(3)), e);
        }
        Matcher line = AT_LINE_ONLY.matcher(message);
        if (line.matches() && uploaded(line.group(1), files)) {
            return new WebError(400, message, line.group(1), null, Integer.valueOf(line.group(2)), null, e);
        }
        for (String file : files) {
            if (message.startsWith(file + ": ") || message.startsWith(file + "/")) {
                int colon = message.indexOf(": ");
                return new WebError(400, message, message.substring(0, colon), null, null, null, e);
            }
        }
        return new WebError(400, message, null, null, null, null, e);
    }

    /**
     * The one line in {@code language}: what the command line prints with {@code --lang} for an input it cannot
     * use; the server's own answers (a missing file, a size limit) in the pages' texts of {@code language}.
     */
    public String message(Language language) {
        if (key != null) {
            return oneLine(fi.perhekeskus.pkcheck.report.SafeText.scrub(new WebText(language).get(key, args)));
        }
        return input.getMessage() == null ? getMessage()
                : oneLine(fi.perhekeskus.pkcheck.report.SafeText.scrub(new Messages(language).error(input)));
    }

    private static boolean uploaded(String file, Collection<String> files) {
        return files.stream().anyMatch(f -> file.equals(f) || file.startsWith(f + "/"));
    }

    /** A column's letters as its 1-based number: A → 1, AA → 27. */
    static int column(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }

    static String oneLine(String message) {
        String line = message.replaceAll("[\\r\\n\\t]+", " ").trim();
        return line.length() > MAX ? line.substring(0, MAX - 1) + "…" : line;
    }

    public int status() {
        return status;
    }

    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }
}
