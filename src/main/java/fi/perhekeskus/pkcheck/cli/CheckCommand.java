package fi.perhekeskus.pkcheck.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;

/** {@code pkcheck check PATH...}: every rule. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check one or more datasets against their governance model and print the report.")
final class CheckCommand extends CheckingCommand {

    @Override
    Pipeline.Result produce(LocalDate today) {
        LocalDate date = options.date != null ? options.date : today;
        return Pipeline.check(inputs(), date);
    }
}
