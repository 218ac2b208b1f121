package fi.perhekeskus.pkcheck.history;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One row per run, oldest first, with the numbers of the JSON runs: for a spreadsheet's own chart. Shaped
 * like the check's CSV report for Excel in Finland (semicolons, a byte-order mark, CRLF, headers in the
 * reader's language), with dates and times a spreadsheet reads as such in any language (2024-03-01,
 * 2026-12-06 14:31:23 in the reader's zone), and with no cell that a spreadsheet would run as a formula.
 */
final class HistoryCsv implements HistoryWriter {

    private static final List<String> COLUMNS = List.of("run", "recorded", "checkDate", "region", "model", "label",
            "errors", "warnings", "infos", "waived", "new", "fixed");

    /** As the check's CSV report: the first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private final CsvMapper mapper = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    @Override
    public void write(Trend trend, Context context, Writer out) throws IOException {
        CsvSchema.Builder columns = CsvSchema.builder();
        COLUMNS.forEach(columns::addColumn);
        CsvSchema schema = columns.build().withoutHeader().withColumnSeparator(';').withLineSeparator("\r\n");
        out.write('\uFEFF');
        try (SequenceWriter rows = mapper.writer(schema).writeValues(out)) {
            rows.write(safe(COLUMNS.stream().map(c -> context.words().get("history.col." + c)).toList()));
            for (Trend.Step step : trend.steps()) {
                StoredRun r = step.run();
                rows.write(safe(List.of(String.valueOf(r.id()), context.words().stamp(r.recordedAt()), r.checkDate().toString(),
                        r.region(), r.model(), r.label() == null ? "" : r.label(),
                        String.valueOf(r.summary().errors()), String.valueOf(r.summary().warnings()),
                        String.valueOf(r.summary().infos()), String.valueOf(r.summary().waived()),
                        String.valueOf(step.added().size()), String.valueOf(step.fixed().size()))));
            }
        }
        out.flush();
    }

    private static String[] safe(List<String> cells) {
        return cells.stream().map(c -> !c.isEmpty() && FORMULA_START.indexOf(c.charAt(0)) >= 0 ? "'" + c : c)
                .toArray(String[]::new);
    }
}
