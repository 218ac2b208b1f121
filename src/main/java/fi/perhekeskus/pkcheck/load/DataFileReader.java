package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.NotRead;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads any data file of a dataset — YAML, JSON, an Excel workbook or a CSV sheet — into one {@link Node}
 * tree, so that everything downstream is the same whatever the format.
 */
public final class DataFileReader {

    /** A file's tree and the problems only its spreadsheet form could have. */
    public record Source(String name, Node root, List<DataProblem> problems, List<NotRead> notRead) {

        public Source {
            problems = List.copyOf(problems);
            notRead = List.copyOf(notRead);
        }

        Source(String name, Node root) {
            this(name, root, List.of(), List.of());
        }

        Source(String name, SheetTree sheets) {
            this(name, sheets.root(), sheets.problems(), sheets.notRead());
        }
    }

    private final InputLimits limits;
    private final TreeReader tree;
    /** Made when a dataset first has a workbook or a CSV sheet: a YAML or JSON run need not start them. */
    private WorkbookReader workbook;
    private CsvSheetReader csv;

    /** A reader with the default {@link InputLimits}. */
    public DataFileReader() {
        this(InputLimits.DEFAULT);
    }

    public DataFileReader(InputLimits limits) {
        this.limits = limits;
        this.tree = new TreeReader(limits);
    }

    /**
     * Reads {@code path}, naming it {@code name} in locations.
     *
     * @throws InputException when the file is larger than the limit or cannot be read at all
     */
    public Source read(Path path, String name) {
        limits.checkSize(path, name);
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            if (workbook == null) {
                workbook = new WorkbookReader();
            }
            SheetTree sheets = workbook.read(path, name);
            return new Source(name, sheets);
        }
        if (lower.endsWith(".ods")) {
            SheetTree sheets = new OdsReader().read(path, name);
            return new Source(name, sheets);
        }
        if (lower.endsWith(".csv")) {
            if (csv == null) {
                csv = new CsvSheetReader();
            }
            SheetTree sheets = csv.read(path, name);
            return new Source(name, sheets);
        }
        return new Source(name, tree.read(path, name));
    }

    /**
     * Reads {@code path} as {@link #read} does; a YAML or JSON file hands the items of its top-level lists to
     * {@code sink} as they are parsed instead of holding them in its tree (a workbook or CSV sheet is read whole,
     * as before, and its tree keeps them).
     */
    public Source read(Path path, String name, TreeReader.RecordSink sink) {
        return read(path, name, sink, null);
    }

    /** Reads as {@link #read(Path, String, TreeReader.RecordSink)} does, sharing repeated texts through {@code texts}. */
    Source read(Path path, String name, TreeReader.RecordSink sink, SharedTexts texts) {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            // readRecords measures the file before it reads it, as read does for every file.
            return new Source(name, tree.readRecords(path, name, sink, texts));
        }
        return read(path, name);
    }

    /** The extensions of the files pkcheck reads as data, lower case and without the dot. */
    public static final Set<String> EXTENSIONS = Set.of("yaml", "yml", "json", "xlsx", "xlsm", "ods", "csv");

    /** Whether a file found in a dataset directory is data: YAML, JSON, a workbook, or a CSV named after a sheet. */
    static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvSheetReader.sheetOf(file) != null;
        }
        // "~$members.xlsx" is the lock file Excel keeps beside an open workbook.
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")
                || (name.endsWith(".xlsx") && !name.startsWith("~$"))
                || (name.endsWith(".ods") && !name.startsWith(".~lock"));
    }
}
