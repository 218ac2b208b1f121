package fi.perhekeskus.pkcheck.cli;

import java.util.concurrent.Callable;

/** A command that runs against the console of its run (writers, environment, clock), handed in when created. */
abstract class ConsoleCommand implements Callable<Integer>, ConsoleAware {

    /** The console of this run. */
    Console console;

    @Override
    public void console(Console value) {
        this.console = value;
    }
}
