package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.util.concurrent.Callable;

/** A command that runs against the console of its run (writers, environment, clock), handed in when created. */
abstract class ConsoleCommand implements Callable<Integer>, ConsoleAware {

    /** The console of this run. */
    Console console;

    /** The language of this run's messages, from --lang or the environment (see {@link LanguageOption#of}). */
    Language language = Language.en;

    @Override
    public void console(Console value) {
        this.console = value;
    }

    /** Prints an exit-2 message, one line in this run's language, on standard error. */
    void fail(InputException e) {
        console.err().println(Errors.line(new Messages(language).error(e)));
    }
}
