package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.load.Suggest;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A usage error (exit 2) in the run's language: an unknown command or option with the nearest known one
 * ("did you mean"), a missing value, a value that is not one of the choices. Other errors picocli finds keep
 * its English words inside the localised frame.
 */
final class UsageError {

    private UsageError() {
    }

    /** One line: what is wrong and where to read more. */
    static String describe(CommandLine.ParameterException ex, Messages m) {
        return what(ex, m) + " " + m.get("usage.seeHelp", helpCommand(ex.getCommandLine()));
    }

    private static String helpCommand(CommandLine cmd) {
        return (cmd == null ? "pkcheck" : cmd.getCommandSpec().qualifiedName()) + " --help";
    }

    private static String what(CommandLine.ParameterException ex, Messages m) {
        CommandLine cmd = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && cmd != null
                && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-")) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                String near = Suggest.closest(name, cmd.getCommandSpec().optionsMap().keySet());
                return near == null ? m.get("usage.unknownOption", name)
                        : m.get("usage.unknownOptionSuggest", name, near);
            }
            if (!cmd.getSubcommands().isEmpty()) {
                String near = Suggest.closest(word, cmd.getSubcommands().keySet().stream()
                        .filter(c -> !c.equals("help")).toList());
                return near == null ? m.get("usage.unknownCommand", word,
                        String.join(", ", cmd.getSubcommands().keySet()))
                        : m.get("usage.unknownCommandSuggest", word, near);
            }
            return m.get("usage.extraArgument", word);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return missing(missing, m);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException repeated && repeated.getOverwritten() != null) {
            return m.get("usage.repeated", label(repeated.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        String value = ex.getValue();
        if (arg != null && value != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            Class<?> type = arg.type();
            String name = label(arg);
            if (type == Language.class) {
                return m.get("usage.badLang", name, value);
            }
            if (type == FailOn.class) {
                return m.get("usage.badFailOn", name, value);
            }
            if (type == LocalDate.class) {
                return m.get("usage.badDate", name, value);
            }
            if (type.isEnum()) {
                return m.get("usage.badChoice", name, value, List.of(type.getEnumConstants()).stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")));
            }
            return m.get("usage.badValue", name, value);
        }
        String message = ex.getMessage() == null ? "" : ex.getMessage().replaceAll("\\s+", " ");
        return m.get("usage.other", message);
    }

    /**
     * What is missing, as a sentence that says what to give: the data (its own words for {@code convert} and
     * {@code network}), a required option ({@code usage.missing.<command>.<option>} where the bundle has words
     * for it), or the value of an option given without one.
     */
    private static String missing(CommandLine.MissingParameterException ex, Messages m) {
        CommandLine cmd = ex.getCommandLine();
        String command = cmd == null ? "pkcheck" : cmd.getCommandSpec().qualifiedName();
        String name = cmd == null ? "" : cmd.getCommandName();
        // picocli's own words are the one sign that an option was given but its value was not
        boolean valueOnly = String.valueOf(ex.getMessage()).startsWith("Missing required parameter for option");
        return ex.getMissing().stream().map(arg -> {
            if (valueOnly && arg instanceof OptionSpec option) {
                return m.get("usage.missing.value", option.longestName(), option.paramLabel());
            }
            String what = arg instanceof OptionSpec option ? option.longestName().replaceFirst("^-+", "") : "data";
            String specific = "usage.missing." + name + "." + what;
            if (m.has(specific)) {
                return m.get(specific, command, String.join(", ", ModelLoader.BUILT_IN));
            }
            return arg instanceof OptionSpec option ? m.get("usage.missing.option", option.longestName())
                    : m.get("usage.missing.data", command);
        }).distinct().collect(Collectors.joining("; "));
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
