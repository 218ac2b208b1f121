package fi.perhekeskus.pkcheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.perhekeskus.pkcheck.model.Location;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one CSV file of a dataset as the sheet its name says ({@code members.csv}, {@code jäsenet.csv}, or
 * {@code pohja-jäsenet.csv} as LibreOffice and Excel name the sheets of a book they export): comma or semicolon
 * separated (as the header line shows), UTF-8 with or without BOM. A file in another encoding is refused rather
 * than read with mangled ä and ö. The file is read as a stream, one row at a time; no value may be longer than
 * {@link InputLimits#MAX_STRING_LENGTH} characters. Locations are line and field number.
 */
final class CsvSheetReader {

    /** The most of the header line looked at to choose the separator. */
    private static final int HEADER_LOOK = 64 * 1024;

    private final CsvFactory factory = CsvFactory.builder()
            .streamReadConstraints(InputLimits.DEFAULT.constraints()).build();

    /** The sheet a CSV file stands for, by its name without extension; null when it names no sheet. */
    static String sheetOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return SheetVocabulary.csvSheet(dot < 0 ? name : name.substring(0, dot));
    }

    SheetTree read(Path path, String file) {
        String sheet = sheetOf(path);
        if (sheet == null) {
            throw InputException.keyed(file, "error.csv.name",
                    String.join(", ", SheetVocabulary.SHEETS) + ", " + SheetVocabulary.DATASET);
        }
        SheetTree tree = new SheetTree(file, new Location(file, 0, 0));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            BufferedReader text = utf8(in, file);
            text.mark(HEADER_LOOK);
            char[] head = new char[HEADER_LOOK];
            int n = text.read(head);
            text.reset();
            rows(text, separator(n <= 0 ? "" : new String(head, 0, n)), file, tree.sheet(sheet,
                    new Location(file, 1, 0)));
        } catch (CharacterCodingException e) {
            // Bytes that are not UTF-8 in a CSV from Excel are nearly always Windows-1252 ("CSV (semicolon delimited)").
            throw InputException.keyed(file, "error.csv.latin1");
        } catch (IOException e) {
            throw InputException.keyed(file, "error.file.unreadable", InputException.reasonTerm(e));
        }
        tree.finish();
        return tree;
    }

    /** A reader of the file's UTF-8 text after any BOM; UTF-16 is refused. */
    private static BufferedReader utf8(InputStream in, String file) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        in.reset();
        if (bom.length >= 2 && ((bom[0] == (byte) 0xFF && bom[1] == (byte) 0xFE)
                || (bom[0] == (byte) 0xFE && bom[1] == (byte) 0xFF))) {
            throw InputException.keyed(file, "error.csv.utf16");
        }
        if (bom.length == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), HEADER_LOOK * 2);
    }

    /**
     * The separator of the file: the one of ';' and ',' that splits one of its first lines into the most known
     * column names (the header, which may have a title above it, as "Pirkanmaan alueet, päivitetty 1.2.2024;");
     * where no line names a column, the one the first line holds more of, outside quotes (a tie is a comma).
     */
    static char separator(String text) {
        String[] lines = text.split("\n", SheetTree.MAX_TITLE_ROWS + 2);
        int best = 0;
        char chosen = 0;
        for (int l = 0; l < Math.min(lines.length, SheetTree.MAX_TITLE_ROWS + 1); l++) {
            for (char candidate : new char[] {';', ','}) {
                int known = 0;
                for (String cell : lines[l].split(java.util.regex.Pattern.quote(String.valueOf(candidate)))) {
                    if (SheetVocabulary.column(cell.replace("\"", "")) != null) {
                        known++;
                    }
                }
                if (known > best) {
                    best = known;
                    chosen = candidate;
                }
            }
        }
        return chosen != 0 ? chosen : firstLineSeparator(text);
    }

    private static char firstLineSeparator(String text) {
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

    private void rows(BufferedReader text, char separator, String file, SheetTree.Sheet sheet) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        Cursor at = new Cursor();
        try (JsonParser parser = factory.createParser(text)) {
            ((CsvParser) parser).setSchema(schema);
            ((CsvParser) parser).enable(CsvParser.Feature.WRAP_AS_ARRAY);
            ((CsvParser) parser).enable(CsvParser.Feature.TRIM_SPACES);
            try {
                rows(parser, file, sheet, at);
            } catch (StreamConstraintsException e) {
                // The exception carries no location; the parser still knows the line it stopped in, and the rows
                // the field it was reading.
                throw InputException.keyed(new Location(file, parser.currentLocation().getLineNr(), at.field + 1),
                        "error.csv.tooLong", InputLimits.MAX_STRING_LENGTH);
            }
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String detail = TreeReader.withoutQuotes(e.getOriginalMessage());
            throw InputException.keyed(new Location(file, line, at.field + 1), "error.parse.syntax", "CSV", detail,
                    ParseProblem.of(detail));
        }
    }

    /** The field of its row the parser has read last (0 before the first): where a value it refuses is. */
    private static final class Cursor {
        private int field;
    }

    /** The rows of the parsed CSV, each handed to {@code sheet}; {@code at} follows the fields as they are read. */
    private static void rows(JsonParser parser, String file, SheetTree.Sheet sheet, Cursor at) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return;
        }
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            List<SheetTree.Cell> cells = new ArrayList<>();
            int line = 0;
            at.field = 0;
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                int field = ++at.field;
                int lineOfCell = parser.currentTokenLocation().getLineNr();
                line = line == 0 ? lineOfCell : line;
                String value = parser.getText().trim();
                if (!value.isEmpty()) {
                    cells.add(new SheetTree.Cell(value, Node.Kind.STRING, new Location(file, lineOfCell, field)));
                }
            }
            sheet.row(new Location(file, line, 1), cells);
        }
    }
}
