package fi.perhekeskus.pkcheck.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;

/** {@code pkcheck validate PATH...}: only the DATA rules, for checking a submission is well-formed. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run only the DATA rules: is the submission well-formed?")
final class ValidateCommand extends CheckingCommand {

    @Override
    Pipeline.Result produce(LocalDate today) {
        LocalDate date = options.date != null ? options.date : today;
        return Pipeline.validate(inputs(), date);
    }
}
