package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a dataset directory are data, how each kind is read, and that each is measured first. */
class DataFileReaderTest {

    @TempDir
    Path temp;

    @Test
    void dataFilesAreYamlJsonWorkbooksAndCsvSheetsButNotLockFiles() {
        for (String name : List.of("a.yaml", "B.YML", "c.json", "book.xlsx", "book.ods", "jäsenet.csv",
                "pohja-members.CSV")) {
            assertTrue(DatasetLoader.isData(Path.of("dir", name)), name);
        }
        for (String name : List.of("notes.csv", "~$book.xlsx", ".~lock.book.ods", "readme.txt", "book.xls")) {
            assertFalse(DatasetLoader.isData(Path.of("dir", name)), name);
        }
    }

    @Test
    void aYamlFileIsReadAsATreeOrAsRecords() throws IOException {
        Path file = Files.writeString(temp.resolve("data.yaml"), "schemaVersion: 1\npeople:\n  - id: p1\n  - id: p2\n");
        DataFileReader reader = new DataFileReader();

        DataFileReader.Source whole = reader.read(file, "data.yaml");
        assertEquals("data.yaml", whole.name());
        assertEquals(2, whole.root().get("people").items().size());
        assertEquals(List.of(), whole.problems());

        List<String> streamed = new ArrayList<>();
        DataFileReader.Source records = reader.read(file, "data.yaml", new TreeReader.RecordSink() {
            @Override
            public boolean streams(String key) {
                return key.equals("people");
            }

            @Override
            public void record(String key, Node item) {
                streamed.add(key + ":" + item.get("id").text());
            }
        });
        assertEquals(List.of("people:p1", "people:p2"), streamed);
        assertEquals(List.of(), records.root().get("people").items(), "the records went to the sink");
        assertEquals("1", records.root().get("schemaVersion").text());
    }

    @Test
    void everyKindOfFileIsMeasuredBeforeItIsRead() throws IOException {
        DataFileReader small = new DataFileReader(new InputLimits(10));
        Path yaml = Files.writeString(temp.resolve("data.yaml"), "schemaVersion: 1\n");
        Path csv = Files.writeString(temp.resolve("people.csv"), "id;name\np1;Pia\n");
        TreeReader.RecordSink none = new TreeReader.RecordSink() {
            @Override
            public boolean streams(String key) {
                return true;
            }

            @Override
            public void record(String key, Node item) {
            }
        };

        for (Runnable read : List.<Runnable>of(() -> small.read(yaml, "data.yaml"),
                () -> small.read(yaml, "data.yaml", none), () -> small.read(csv, "people.csv"),
                () -> small.read(csv, "people.csv", none))) {
            InputException e = assertThrows(InputException.class, read::run);
            assertEquals("error.tooLarge", e.key());
        }
    }
}
