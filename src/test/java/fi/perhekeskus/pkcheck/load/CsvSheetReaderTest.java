package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One CSV sheet: which separator its header uses, which encodings are refused, and where each cell is.
 */
class CsvSheetReaderTest {

    @TempDir
    Path temp;

    private DataFileReader.Source read(String name, byte[] bytes) throws IOException {
        Path file = Files.write(temp.resolve(name), bytes);
        return new DataFileReader().read(file, name);
    }

    private String refusal(String name, byte[] bytes) throws IOException {
        Path file = Files.write(temp.resolve(name), bytes);
        return assertThrows(InputException.class, () -> new DataFileReader().read(file, name)).getMessage();
    }

    @Test
    void theHeaderSeparatorIsTheOneItHoldsMoreOfOutsideQuotes() {
        assertEquals(';', CsvSheetReader.separator("a;b;c,d"));
        assertEquals(',', CsvSheetReader.separator("a;b,c,d"));
        assertEquals(',', CsvSheetReader.separator("a;b,c"), "a tie is a comma");
        assertEquals(',', CsvSheetReader.separator("\"a;b;c\",d"));
        assertEquals(';', CsvSheetReader.separator("\"a,b,c\";d"));
        assertEquals(',', CsvSheetReader.separator("a,b\nc;d;e;f"), "only the header line counts");
        assertEquals(',', CsvSheetReader.separator(""));
    }

    @Test
    void theSeparatorIsTheOneThatSplitsTheHeaderIntoColumnsEvenBelowATitle() {
        assertEquals(';', CsvSheetReader.separator("Pirkanmaan alueet, päivitetty 1.2.2024;\nTunnus;Nimi\nlansi;Länsi"));
        assertEquals(',', CsvSheetReader.separator("Jäsenet; kevät 2024\n\"Ryhmä\",\"Henkilö\",Rooli\ng1,p1,pj"));
        assertEquals(';', CsvSheetReader.separator("Tunnus;Nimike\np1;lasten, nuorten ja perheiden, palvelujen johtaja"),
                "commas in the data do not outvote the header");
    }

    @Test
    void cellsKeepTheirLineAndColumn() throws IOException {
        DataFileReader.Source source = read("people.csv", "id;name;title\n\n;;\np1; Märta ;\np2;;x\n".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(List.of(), source.problems());
        List<Node> people = source.root().get("people").items();
        assertEquals(2, people.size(), "empty lines and rows of empty cells are no records");
        assertEquals("people.csv:4:1", people.get(0).location().toString());
        assertEquals("Märta", people.get(0).get("name").text());
        assertEquals("people.csv:4:2", people.get(0).get("name").location().toString());
        assertEquals(null, people.get(0).get("title"));
        assertEquals("people.csv:5:3", people.get(1).get("title").location().toString());
    }

    @Test
    void aSheetWithOnlyItsHeaderHasNoRecordsAndAnEmptyOneNoSheet() throws IOException {
        assertEquals(List.of(), read("people.csv", "id;name\n".getBytes(StandardCharsets.UTF_8)).root().get("people")
                .items());
        assertEquals(Set.of(), read("people.csv", new byte[0]).root().fields().keySet());
        assertEquals(Set.of(), read("people.csv", ";;\n".getBytes(StandardCharsets.UTF_8)).root().fields().keySet());
    }

    @Test
    void utf16IsRefusedWithHowToSaveAsUtf8() throws IOException {
        String expected = "people.csv: the file is UTF-16 (\"Unicode text\"), not UTF-8; save it as UTF-8";
        assertTrue(refusal("people.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 'i', 0}).startsWith(expected));
        assertTrue(refusal("people.csv", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'i'}).startsWith(expected));
        assertTrue(refusal("people.csv", new byte[] {(byte) 0xFF, (byte) 0xFE}).startsWith(expected));
        assertTrue(refusal("people.csv", new byte[] {(byte) 0xFF}).startsWith("people.csv: the file is not UTF-8"));
        assertTrue(refusal("people.csv", new byte[] {(byte) 0xFE, 'i', 'd'}).startsWith(
                "people.csv: the file is not UTF-8"));
    }
}
