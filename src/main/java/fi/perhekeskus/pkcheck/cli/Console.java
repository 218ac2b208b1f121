package fi.perhekeskus.pkcheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What a run talks to: its output and error writers, the environment variables it reads, whether
 * standard output is a terminal, and the clock that says what "today" is. Tests pass their own.
 */
public record Console(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, Clock clock) {

    /** Whether coloured output is allowed: a terminal, and no NO_COLOR in the environment. */
    public boolean colour() {
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty());
    }
}
