package fi.perhekeskus.pkcheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.convert.CsvWriter;
import fi.perhekeskus.pkcheck.convert.Document;
import fi.perhekeskus.pkcheck.convert.TextWriter;
import fi.perhekeskus.pkcheck.convert.WorkbookWriter;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.ValueWords;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pkcheck convert PATH... --to yaml|json|xlsx|csv -o OUT}: the same dataset in another format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a dataset (YAML, JSON, Excel or CSV files, or a directory of them) into one file "
                + "of another format, keeping every value as written.")
final class ConvertCommand extends ConsoleCommand {

    /** The formats a dataset is converted to. */
    enum Format { yaml, json, xlsx, csv }

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.dataset:-PATH}", descriptionKey = "paths", description = "The dataset's files or directories.")
    List<Path> paths;

    @Option(names = "--to", required = true, paramLabel = "${bundle:label.format:-FMT}",
            description = "${COMPLETION-CANDIDATES}; csv writes a directory of one file per sheet.")
    Format to;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:label.path:-OUT}",
            description = "Where to write it (-: standard output, for yaml and json).")
    Path output;

    @Option(names = "--force", description = "Replace an existing file (never done without it).")
    boolean force;

    /** Read from the arguments before picocli parses them ({@link Main}), as for every command; declared to be accepted. */
    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}",
            description = "Language of messages and of the sheets' and columns' names in xlsx and csv: "
                    + "${COMPLETION-CANDIDATES} (default: from LC_ALL, LC_MESSAGES or LANG, else en).")
    Language lang;


    @Override
    public Integer call() {
        try {
            if (OutputOption.isStdout(output)) {
                return toStandardOutput();
            }
            if (to != Format.csv) {
                OutputGuard.newFile(output, paths, force);
            }
            ObjectNode document = Document.merge(new DatasetLoader().read(paths));
            ValueWords.Lang names = ValueWords.Lang.valueOf(language.name());
            switch (to) {
                case xlsx -> new WorkbookWriter(names).write(document, output);
                case csv -> {
                    CsvWriter csv = new CsvWriter(names);
                    OutputGuard.newFiles(output, csv.files(document), paths, force);
                    csv.write(document, output);
                }
                default -> new TextWriter().write(document, output, to == Format.json);
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

    /** {@code -o -}: YAML or JSON on standard output; a workbook or a directory of CSV files has no place there. */
    private int toStandardOutput() throws IOException {
        if (to != Format.yaml && to != Format.json) {
            throw InputException.of("error.output.notToStdout", "--to " + to);
        }
        ObjectNode document = Document.merge(new DatasetLoader().read(paths));
        console.out().print(new TextWriter().text(document, to == Format.json));
        console.out().flush();
        return ExitCode.OK.code();
    }
}
