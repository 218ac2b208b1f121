package fi.perhekeskus.pkcheck.cli;

/** Error lines for standard error: one line, at most 300 characters (cli-and-report.md). */
final class Errors {

    static final int MAX = 300;

    private Errors() {
    }

    /** What every one-line error on standard error starts with, whichever command and whichever cause. */
    static final String PREFIX = "pkcheck: ";

    /** A prefix some messages carry already: {@code pkcheck: } or a command's, {@code pkcheck meeting: }. */
    private static final java.util.regex.Pattern OWN_PREFIX = java.util.regex.Pattern.compile("^pkcheck( [a-z]+)?: ");

    /**
     * The exit-2 line for {@code message}: {@link #PREFIX}, then the message as {@link #oneLine} makes it. A message
     * with a prefix of its own gets this one instead, so that every line starts the same way.
     */
    static String line(String message) {
        return oneLine(PREFIX + OWN_PREFIX.matcher(message).replaceFirst(""));
    }

    static String oneLine(String message) {
        String line = scrub(message.replaceAll("[\\r\\n\\t]+", " ")).trim();
        return line.length() > MAX ? line.substring(0, MAX - 1) + "…" : line;
    }

    /** Text from input (a file name, a parsed value) without control or bidirectional characters. */
    static String scrub(String text) {
        return fi.perhekeskus.pkcheck.report.SafeText.scrub(text);
    }
}
