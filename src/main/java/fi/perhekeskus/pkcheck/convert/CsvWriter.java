package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a dataset document as a directory of CSV files, one per sheet ({@code dataset.csv},
 * {@code members.csv}, ...): UTF-8 with a BOM and ';' separators, as Finnish Excel opens them.
 */
public final class CsvWriter {

    private final CsvMapper mapper = new CsvMapper();

    /** The names of the files {@link #write} writes for {@code document}. */
    public static List<String> files(ObjectNode document) {
        List<String> files = new ArrayList<>();
        files.add("dataset.csv");
        SheetTables.tables(document).forEach(table -> files.add(table.sheet() + ".csv"));
        return files;
    }

    /** Writes the sheets of {@code document} into {@code dir}, creating it. */
    public void write(ObjectNode document, Path dir) throws IOException {
        Files.createDirectories(dir);
        file(dir.resolve("dataset.csv"), SheetTables.datasetRows(document));
        for (SheetTables.Table table : SheetTables.tables(document)) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(table.header());
            for (List<JsonNode> cells : table.rows()) {
                List<String> row = new ArrayList<>();
                cells.forEach(cell -> row.add(SheetTables.text(cell)));
                rows.add(row);
            }
            file(dir.resolve(table.sheet() + ".csv"), rows);
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
