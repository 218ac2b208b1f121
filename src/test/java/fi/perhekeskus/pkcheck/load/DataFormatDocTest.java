package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables of accepted words in docs/data-format.md say what the code accepts, word for word. */
class DataFormatDocTest {

    /** The rows of the doc's tables whose first cell is one of {@code keys}, split into cells. */
    private static List<List<String>> rows(String heading) throws IOException {
        String doc = Files.readString(TestPaths.repository().resolve("docs/data-format.md"));
        String section = doc.substring(doc.indexOf("### Accepted words"));
        section = section.substring(0, section.indexOf("\n## "));
        List<List<String>> rows = new ArrayList<>();
        boolean in = false;
        for (String line : section.lines().toList()) {
            if (line.startsWith("| " + heading + " |")) {
                in = true;
            } else if (in && line.startsWith("|") && !line.startsWith("|---")) {
                rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList());
            } else if (in && !line.startsWith("|")) {
                in = false;
            }
        }
        return rows;
    }

    private static List<String> words(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(",")).map(String::trim).toList();
    }

    @Test
    void everySheetWordOfTheDocNamesItsSheet() throws IOException {
        List<List<String>> rows = rows("sheet");
        assertEquals(10, rows.size());
        for (List<String> row : rows) {
            String key = row.get(0).replace(" (not read)", "");
            for (int c = 1; c < row.size(); c++) {
                for (String word : words(row.get(c))) {
                    assertEquals(key, SheetVocabulary.sheet(word), word);
                }
            }
        }
    }

    @Test
    void everyColumnWordOfTheDocNamesItsColumn() throws IOException {
        List<List<String>> rows = rows("column").stream().filter(r -> r.size() == 4).toList();
        assertTrue(rows.size() > 20);
        for (List<String> row : rows) {
            String key = row.get(0).replace(" (dataset)", "");
            for (int c = 1; c < row.size(); c++) {
                for (String word : words(row.get(c))) {
                    assertEquals(key, SheetVocabulary.column(word), word);
                }
            }
        }
    }

    @Test
    void everyValueWordOfTheCodeIsInTheDocAndNoOther() throws IOException {
        List<List<String>> rows = rows("column").stream().filter(r -> r.size() == 5).toList();
        List<Enum<?>> values = new ArrayList<>();
        values.addAll(List.of(Role.values()));
        values.addAll(List.of(OrganisationType.values()));
        values.addAll(List.of(Tier.values()));
        assertEquals(values.size(), rows.size());
        for (Enum<?> value : values) {
            List<String> row = rows.stream().filter(r -> r.get(1).equals("`" + value.name() + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError(value + " is not in the table"));
            for (ValueWords.Lang lang : ValueWords.Lang.values()) {
                assertEquals(ValueWords.words(value, lang), words(row.get(2 + lang.ordinal())), value + " " + lang);
            }
        }
    }
}
