package fi.perhekeskus.pkcheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.convert.CsvWriter;
import fi.perhekeskus.pkcheck.convert.Template;
import fi.perhekeskus.pkcheck.convert.TemplateWorkbook;
import fi.perhekeskus.pkcheck.convert.TextWriter;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pkcheck template --model ID --format xlsx|csv|yaml -o PATH}: a fill-in dataset for a model. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write a fill-in dataset for a governance model: its sheets with headers, the model's areas "
                + "and municipalities filled in, drop-down lists in Excel, and instructions in Finnish and English.")
final class TemplateCommand extends ConsoleCommand {

    /** The formats a template is written in. */
    enum Format { xlsx, csv, yaml }

    @Option(names = "--model", required = true, paramLabel = "ID|FILE", description = "The governance model.")
    String model;

    @Option(names = "--format", defaultValue = "xlsx", paramLabel = "FMT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv writes a directory.")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PATH", description = "Where to write it.")
    Path output;


    @Override
    public Integer call() {
        try {
            ObjectNode document = Template.document(new ModelLoader().resolve(model, null, null));
            switch (format) {
                case xlsx -> new TemplateWorkbook().write(document, output);
                case csv -> new CsvWriter().write(document, output);
                default -> new TextWriter().write(document, output, false);
            }
            return ExitCode.OK.code();
        } catch (InputException e) {
            fail(e);
        } catch (IOException e) {
            console.err().println(Errors.oneLine("pkcheck: cannot write " + output + ": " + e.getMessage()));
        }
        return ExitCode.INPUT_ERROR.code();
    }
}
