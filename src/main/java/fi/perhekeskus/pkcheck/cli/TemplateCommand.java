package fi.perhekeskus.pkcheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.convert.CsvWriter;
import fi.perhekeskus.pkcheck.convert.Template;
import fi.perhekeskus.pkcheck.convert.TemplateWorkbook;
import fi.perhekeskus.pkcheck.convert.TextWriter;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.load.ValueWords;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pkcheck template --model ID --format xlsx|csv|yaml -o PATH}: a fill-in dataset for a model. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write a fill-in dataset for a governance model: its sheets with headers, the model's areas "
                + "and municipalities filled in, drop-down lists in Excel, and instructions in Finnish and English.")
final class TemplateCommand extends ConsoleCommand {

    /** The formats a template is written in. */
    enum Format { xlsx, csv, yaml }

    @Option(names = "--model", required = true, paramLabel = "${bundle:label.model:-ID|FILE}", description = "The governance model.")
    String model;

    @Option(names = "--format", defaultValue = "xlsx", paramLabel = "${bundle:label.format:-FMT}",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv writes a directory.")
    Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:label.path:-PATH}",
            description = "Where to write it (-: standard output, for yaml).")
    Path output;

    @Option(names = "--force", description = "Replace an existing file (never done without it).")
    boolean force;

    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}",
            description = "Language of the sheets, columns and drop-down values: ${COMPLETION-CANDIDATES} "
                    + "(default: Finnish).")
    Language lang;

    /** --lang, else the environment's language where it names one, else Finnish. */
    private Language language() {
        if (lang != null) {
            return lang;
        }
        boolean set = java.util.stream.Stream.of("LC_ALL", "LC_MESSAGES", "LANG")
                .anyMatch(v -> console.env().get(v) != null && !console.env().get(v).isBlank()
                        && !console.env().get(v).equals("C") && !console.env().get(v).startsWith("C.")
                        && !console.env().get(v).equals("POSIX"));
        return set ? Language.fromEnvironment(console.env()) : Language.fi;
    }

    @Override
    public Integer call() {
        try {
            List<Path> inputs = new ArrayList<>();
            OutputGuard.addModel(inputs, model);
            GovernanceModel governance = Pipeline.modelLoader().resolve(model, null, null);
            ObjectNode document = Template.document(governance);
            ValueWords.Lang language = ValueWords.Lang.valueOf(language().name());
            if (OutputOption.isStdout(output)) {
                // -o -: the YAML template on standard output; a workbook or CSV directory has no place there
                if (format != Format.yaml) {
                    throw InputException.of("error.output.notToStdout", "--format " + format);
                }
                console.out().print(new TextWriter().text(document, false));
                console.out().flush();
                return ExitCode.OK.code();
            }
            switch (format) {
                case xlsx -> {
                    OutputGuard.newFile(output, inputs, force);
                    new TemplateWorkbook(language).write(document, output);
                }
                case csv -> {
                    CsvWriter csv = new CsvWriter(language);
                    OutputGuard.newFiles(output, csv.files(document), inputs, force);
                    csv.write(document, output);
                }
                default -> {
                    OutputGuard.newFile(output, inputs, force);
                    new TextWriter().write(document, output, false);
                }
            }
            return ExitCode.OK.code();
        } catch (InputException e) {
            fail(e);
        } catch (IOException e) {
            console.err().println(Errors.line(new Messages(language).get("error.write", output,
                    e.getMessage(), InputException.reasonTerm(e))));
        }
        return ExitCode.INPUT_ERROR.code();
    }
}
