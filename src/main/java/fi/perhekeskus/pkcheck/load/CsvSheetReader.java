package fi.perhekeskus.pkcheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.perhekeskus.pkcheck.model.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CSV file of a dataset as the sheet its name says ({@code members.csv}, {@code jäsenet.csv}):
 * comma or semicolon separated (as the header line shows), UTF-8 with or without BOM. A file in another
 * encoding is refused rather than read with mangled ä and ö. Locations are line and field number.
 */
final class CsvSheetReader {

    private static final String SAVE_AS_UTF8 = "save it as UTF-8: in Excel \"Tallenna nimellä → CSV UTF-8 "
            + "(pilkuin eroteltu)\" / \"Save As → CSV UTF-8 (Comma delimited)\"";

    private final CsvMapper mapper = new CsvMapper();

    /** The sheet a CSV file stands for, by its name without extension; null when it names no sheet. */
    static String sheetOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return SheetVocabulary.sheet(dot < 0 ? name : name.substring(0, dot));
    }

    SheetTree read(Path path, String file) {
        String written = path.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        if (sheetOf(path) == null) {
            throw InputException.at(file, "a CSV file is one sheet of a dataset and must be named after it, e.g. "
                    + "members.csv or jäsenet.csv (sheets: " + String.join(", ", SheetVocabulary.SHEETS) + ", "
                    + SheetVocabulary.DATASET + ")");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputException.at(file, "cannot read file (" + InputException.reason(e) + ")");
        }
        String text = decode(bytes, file);
        SheetTree tree = new SheetTree(file, new Location(file, 0, 0));
        tree.sheet(written, new Location(file, 1, 0), rows(text, file));
        return tree;
    }

    private static String decode(byte[] bytes, String file) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw InputException.at(file, "the file is UTF-16 (\"Unicode text\"), not UTF-8; " + SAVE_AS_UTF8);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Bytes that are not UTF-8 in a CSV from Excel are nearly always Windows-1252 ("CSV (semicolon delimited)").
            throw InputException.at(file, "the file is not UTF-8 (it looks like Windows-1252/Latin-1, which "
                    + "would turn ä and ö into other letters); " + SAVE_AS_UTF8);
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The separator of the header line: the one of ';' and ',' it holds more of, outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private List<SheetTree.Row> rows(String text, String file) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
        List<SheetTree.Row> rows = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            ((CsvParser) parser).setSchema(schema);
            ((CsvParser) parser).enable(CsvParser.Feature.WRAP_AS_ARRAY);
            ((CsvParser) parser).enable(CsvParser.Feature.TRIM_SPACES);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return rows;
            }
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                List<SheetTree.Cell> cells = new ArrayList<>();
                int line = 0;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    int lineOfCell = parser.currentTokenLocation().getLineNr();
                    line = line == 0 ? lineOfCell : line;
                    String value = parser.getText().trim();
                    cells.add(value.isEmpty() ? null
                            : new SheetTree.Cell(value, Node.Kind.STRING, new Location(file, lineOfCell,
                                    cells.size() + 1)));
                }
                if (cells.stream().anyMatch(c -> c != null)) {
                    rows.add(new SheetTree.Row(new Location(file, line, 1), cells));
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw InputException.at(new Location(file, line, 0), "cannot parse CSV: "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw InputException.at(file, "cannot read file (" + InputException.reason(e) + ")");
        }
        return rows;
    }
}
