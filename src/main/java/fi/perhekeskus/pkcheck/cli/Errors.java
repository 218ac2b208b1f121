package fi.perhekeskus.pkcheck.cli;

/** Error lines for standard error: one line, at most 300 characters (cli-and-report.md). */
final class Errors {

    static final int MAX = 300;

    private Errors() {
    }

    static String oneLine(String message) {
        String line = message.replaceAll("[\\r\\n\\t]+", " ").trim();
        return line.length() > MAX ? line.substring(0, MAX - 1) + "…" : line;
    }
}
