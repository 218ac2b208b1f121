package fi.perhekeskus.pkcheck.render;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings as a spreadsheet for the steering group: a header row, then one row per finding in report
 * order, shaped for Excel as Finnish offices have it, and with no cell that Excel would run as a formula.
 *
 * <p>Excel reads a double-clicked CSV file with the list separator of the computer's regional settings,
 * which is {@code ;} wherever the decimal separator is a comma, as in Finland (fi-FI and sv-FI); a
 * comma-separated file would open as one column there. So: semicolons; a UTF-8 byte-order mark, without
 * which Excel reads the file as Windows-1252 and garbles ä, ö and å; CRLF line ends. No {@code sep=} line:
 * Excel ignores the byte-order mark when one is present. Headers and the words in cells (severity, subject
 * type, tier, yes/no, new/remaining) are in the report's language; ids, dates and file paths are as in
 * the data. Machines should read the JSON report instead.
 */
public final class CsvRenderer implements Renderer {

    /** The columns, in order; their headers are the bundle keys {@code column.<name>}. */
    static final List<String> COLUMNS = List.of("severity", "rule", "subjectType", "subjectId", "group", "tier",
            "message", "file", "line", "waived", "waiverReason", "waiverUntil", "baseline");

    /** The separator Excel expects in Finland. */
    static final char SEPARATOR = ';';

    /**
     * The first characters that make Excel (or LibreOffice, Google Sheets) read a cell as a formula, after
     * OWASP's CSV-injection guidance: = + - @ tab and carriage return, and the full-width forms of the first
     * four, which some Excel versions also accept.
     */
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    // Strict quoting: only cells that hold a separator, quote or line break are quoted (Jackson would
    // otherwise quote any cell with a character below ';', such as every rule id and line number).
    private final CsvMapper mapper = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        Messages m = context.messages();
        CsvSchema.Builder columns = CsvSchema.builder();
        COLUMNS.forEach(columns::addColumn);
        // The header is written as a row of its own rather than from the schema, so that its text is
        // neutralised like every other cell and two columns may share a translated name.
        CsvSchema schema = columns.build().withoutHeader().withColumnSeparator(SEPARATOR).withLineSeparator("\r\n");
        out.write('\uFEFF');
        try (SequenceWriter rows = mapper.writer(schema).writeValues(out)) {
            rows.write(safe(COLUMNS.stream().map(c -> m.get("column." + c)).toList()));
            for (Finding f : report.findings()) {
                rows.write(safe(row(report, f, m)));
            }
        }
    }

    private static List<String> row(Report report, Finding f, Messages m) {
        Location location = f.location();
        Optional<Waiver> waiver = report.waiver(f);
        String baseline = report.baseline() == null ? ""
                : report.isNew(f) ? m.get("text.new") : m.get("baseline.remaining");
        return List.of(
                m.get("severity." + f.severity().name()),
                f.rule(),
                m.has("subject." + f.subject().type()) ? m.get("subject." + f.subject().type()) : f.subject().type(),
                f.subject().id(),
                f.group() == null ? "" : f.group(),
                f.tier() == null ? "" : m.get("tier." + f.tier().name()),
                m.message(f),
                location == null ? "" : location.sheet() == null ? location.file()
                        : location.file() + " [" + location.sheet() + "]",
                location == null ? "" : String.valueOf(location.line()),
                m.get(waiver.isPresent() ? "word.yes" : "word.no"),
                waiver.map(Waiver::reason).orElse(""),
                waiver.map(w -> Objects.toString(w.until(), "")).orElse(""),
                baseline);
    }

    private static String[] safe(List<String> cells) {
        return cells.stream().map(CsvRenderer::neutralise).toArray(String[]::new);
    }

    /**
     * The cell as text Excel will not evaluate: one that starts like a formula gets a leading apostrophe,
     * which shows, so the reader sees that the value was changed.
     */
    static String neutralise(String cell) {
        return !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
