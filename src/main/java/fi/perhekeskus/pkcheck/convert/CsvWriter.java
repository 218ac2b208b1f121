package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.perhekeskus.pkcheck.load.SheetVocabulary;
import fi.perhekeskus.pkcheck.load.ValueWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a dataset document as a directory of CSV files, one per sheet: UTF-8 with a BOM and ';' separators, as
 * Finnish Excel opens them. Files, columns, the words of roles, types and tiers, and dates are written in the
 * writer's language ({@code Jäsenet.csv} with Henkilö, Ryhmä, ..., puheenjohtaja and 1.1.2023 in Finnish;
 * {@code members.csv} with person, group, ..., CHAIR and 2023-01-01 in English), which the loader reads back
 * alike.
 */
public final class CsvWriter {

    private final CsvMapper mapper = new CsvMapper();
    private final ValueWords.Lang lang;

    /** A writer of English names: the data format's keys. */
    public CsvWriter() {
        this(ValueWords.Lang.en);
    }

    /** A writer that names files and columns in {@code lang}. */
    public CsvWriter(ValueWords.Lang lang) {
        this.lang = lang;
    }

    /** The names of the files {@link #write} writes for {@code document}. */
    public List<String> files(ObjectNode document) {
        List<String> files = new ArrayList<>();
        files.add(fileOf(SheetVocabulary.DATASET));
        SheetTables.tables(document).forEach(table -> files.add(fileOf(table.sheet())));
        return files;
    }

    private String fileOf(String sheet) {
        return SheetVocabulary.heading(sheet, lang) + ".csv";
    }

    /** Writes the sheets of {@code document} into {@code dir}, creating it. */
    public void write(ObjectNode document, Path dir) throws IOException {
        Files.createDirectories(dir);
        file(dir.resolve(fileOf(SheetVocabulary.DATASET)), SheetTables.datasetRows(document, lang));
        for (SheetTables.Table table : SheetTables.tables(document)) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(table.header().stream().map(column -> SheetVocabulary.heading(column, lang)).toList());
            for (List<JsonNode> cells : table.rows()) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    row.add(SheetTables.text(table.header().get(c), cells.get(c), lang));
                }
                rows.add(row);
            }
            file(dir.resolve(fileOf(table.sheet())), rows);
        }
    }

    private void file(Path path, List<List<String>> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        AtomicFile.write(path, out -> {
            out.write("\uFEFF".getBytes(StandardCharsets.UTF_8));
            try (SequenceWriter writer = mapper.writer(schema).writeValues(out)) {
                for (List<String> row : rows) {
                    writer.write(row.stream().map(v -> v == null ? "" : v).toArray(String[]::new));
                }
            }
        });
    }
}
