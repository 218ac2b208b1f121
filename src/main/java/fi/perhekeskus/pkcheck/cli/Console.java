package fi.perhekeskus.pkcheck.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What a run talks to: its output and error writers, the environment variables it reads, whether
 * standard output is a terminal, the clock that says what "today" is, and whether standard error is a
 * terminal (where a long run shows its progress). Tests pass their own.
 */
public record Console(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, Clock clock,
                      boolean errTerminal) {

    /** A console whose standard error is not a terminal: no progress is ever shown on it. */
    public Console(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, Clock clock) {
        this(out, err, env, terminal, clock, false);
    }

    /** Whether coloured output is allowed: a terminal, and no NO_COLOR in the environment. */
    public boolean colour() {
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty());
    }

    /** Whether progress may be shown on standard error: a terminal there, and no NO_COLOR in the environment. */
    public boolean progress() {
        String noColour = env.get("NO_COLOR");
        return errTerminal && (noColour == null || noColour.isEmpty());
    }
}
