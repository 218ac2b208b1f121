package fi.perhekeskus.pkcheck.cli;

/** Error lines for standard error: one line, at most 300 characters (cli-and-report.md). */
final class Errors {

    static final int MAX = 300;

    private Errors() {
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
