package fi.perhekeskus.pkcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the command line in-process with captured output, as a user's shell would. */
final class Cli {

    /** What one run produced. */
    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(Map.of(), false, args);
    }

    static Result run(Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC);
        int exit = Main.run(args, new Console(new PrintWriter(out), new PrintWriter(err), env, terminal, clock));
        return new Result(exit, out.toString(), err.toString());
    }
}
