package fi.perhekeskus.pkcheck.cli;

/** A command that is handed the console of its run when created. */
interface ConsoleAware {

    void console(Console console);
}
