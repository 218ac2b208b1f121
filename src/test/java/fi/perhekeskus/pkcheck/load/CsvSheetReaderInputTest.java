package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV sheet as Excel and Calc save it: with a UTF-8 byte order mark, or broken or too long, refused by line. */
class CsvSheetReaderInputTest {

    @TempDir
    Path temp;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(temp.resolve(name), bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheFirstHeader() throws IOException {
        Path file = write("henkilöt.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("tunnus;nimi\np1;Märta\n"));

        SheetTree tree = new CsvSheetReader().read(file, "henkilöt.csv");

        List<Node> people = tree.root().get("people").items();
        assertEquals("p1", people.get(0).get("id").text());
        assertEquals("Märta", people.get(0).get("name").text());
        assertEquals(List.of(), tree.problems());
    }

    @Test
    void aValueLongerThanTheLimitIsRefusedAtItsLineAndField() throws IOException {
        Path file = write("people.csv", utf8("id;name\np1;Pia\np2;" + "x".repeat(InputLimits.MAX_STRING_LENGTH + 1)
                + "\n"));

        InputException e = assertThrows(InputException.class, () -> new CsvSheetReader().read(file, "people.csv"));

        assertEquals("people.csv:3:2: a value is longer than 100,000 characters", e.getMessage());
    }

    @Test
    void aLongValueInTheFirstFieldOfALaterRowIsRefusedThere() throws IOException {
        Path file = write("people.csv", utf8("id,name,title\np1,Pia,rehtori\n"
                + "y".repeat(InputLimits.MAX_STRING_LENGTH + 1) + ",Pekka,opettaja\n"));

        InputException e = assertThrows(InputException.class, () -> new CsvSheetReader().read(file, "people.csv"));

        assertEquals("people.csv:3:1: a value is longer than 100,000 characters", e.getMessage());
        // The limit as each language writes a number: a space (no-break) between thousands in Finnish and Swedish.
        assertEquals("people.csv:3:1: arvo on yli 100\u00a0000 merkkiä pitkä",
                e.message(in(fi.perhekeskus.pkcheck.render.Language.fi)));
        assertEquals("people.csv:3:1: ett värde är längre än 100\u00a0000 tecken",
                e.message(in(fi.perhekeskus.pkcheck.render.Language.sv)));
    }

    private static InputException.Renderer in(fi.perhekeskus.pkcheck.render.Language language) {
        fi.perhekeskus.pkcheck.render.Messages messages = new fi.perhekeskus.pkcheck.render.Messages(language);
        return (key, args) -> messages.get(key, args.toArray());
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedAtItsLine() throws IOException {
        Path file = write("people.csv", utf8("id;name\np1;Pia\np2;\"Pekka\n"));

        InputException e = assertThrows(InputException.class, () -> new CsvSheetReader().read(file, "people.csv"));

        assertTrue(e.getMessage().matches("people\\.csv:[34]:2: cannot parse CSV: .*quote.*"), e.getMessage());
    }

    @Test
    void windowsLatinBytesAreRefusedWithHowToSaveAsUtf8() throws IOException {
        Path file = write("people.csv", utf8("id;name\np1;M"), new byte[] {(byte) 0xE4}, utf8("rta\n"));

        InputException e = assertThrows(InputException.class, () -> new CsvSheetReader().read(file, "people.csv"));

        assertTrue(e.getMessage().startsWith("people.csv: the file is not UTF-8 (it looks like Windows-1252"),
                e.getMessage());
    }
}
