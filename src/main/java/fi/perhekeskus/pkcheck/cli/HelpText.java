package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.render.Language;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The {@code --help} text in the run's language: picocli reads it from {@code pkcheck/help/help_<lang>.properties};
 * the commands' annotations are the English text and the fallback for any key a bundle lacks.
 */
final class HelpText {

    /** The bundle base name. */
    static final String BUNDLE = "pkcheck.help.help";

    private HelpText() {
    }

    /** Gives {@code cmd} and every subcommand it has now the help bundle of {@code language}. */
    static void apply(CommandLine cmd, Language language) {
        cmd.setResourceBundle(ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
