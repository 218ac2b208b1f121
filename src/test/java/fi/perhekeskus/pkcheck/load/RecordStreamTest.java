package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records straight from the parser: no file's tree is held whole, and the dataset is the same either way. */
class RecordStreamTest {

    @TempDir
    Path dir;

    private record Seen(String key, String id, int line) {
    }

    private static TreeReader.RecordSink into(List<Seen> seen) {
        return new TreeReader.RecordSink() {
            @Override
            public boolean streams(String key) {
                return key.equals("people") || key.equals("groups");
            }

            @Override
            public void record(String key, Node item) {
                Node id = item.isObject() ? item.get("id") : item;
                seen.add(new Seen(key, id == null ? null : id.text(), item.location().line()));
            }
        };
    }

    @Test
    void itemsOfStreamedListsAreHandedOverInOrderAndLeftOutOfTheTree() throws IOException {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, """
                schemaVersion: 1
                people:
                  - { id: p1 }
                  - { id: p2 }
                organisations:
                  - { id: o1 }
                groups: [{ id: g1 }, 7]
                people:
                  - { id: p3 }
                """);
        List<Seen> seen = new ArrayList<>();
        Node root = new TreeReader().readRecords(file, "d.yaml", into(seen));
        assertEquals(List.of(new Seen("people", "p1", 3), new Seen("people", "p2", 4), new Seen("groups", "g1", 7),
                new Seen("groups", "7", 7)), seen);
        assertTrue(root.get("people").isArray() && root.get("people").items().isEmpty());
        assertEquals(3, root.get("people").location().line(), "where the list starts, as in the tree");
        assertEquals(1, root.get("organisations").items().size(), "a list that is not streamed stays in the tree");
        // A repeated key is not streamed: the first one wins, as in the tree, and the repeat is reported.
        assertEquals(1, root.duplicateKeys().size());
        assertEquals(8, root.duplicateKeys().get(0).location().line());
    }

    @Test
    void aJsonFileStreamsTheSameWay() throws IOException {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "{\"people\": [{\"id\": \"a\"},\n {\"id\": \"b\"}], \"schemaVersion\": 1}");
        List<Seen> seen = new ArrayList<>();
        Node root = new TreeReader().readRecords(file, "d.json", into(seen));
        assertEquals(List.of(new Seen("people", "a", 1), new Seen("people", "b", 2)), seen);
        assertEquals("1", root.get("schemaVersion").text());
    }

    @Test
    void aParseErrorAfterSomeRecordsIsStillTheFilesError() throws IOException {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, "schemaVersion: 1\npeople:\n  - { id: p1 }\n  - { id: [ }\n");
        List<Seen> seen = new ArrayList<>();
        InputException e = assertThrows(InputException.class,
                () -> new TreeReader().readRecords(file, "d.yaml", into(seen)));
        assertTrue(e.getMessage().startsWith("d.yaml:4:"), e.getMessage());
    }

    @Test
    void theDatasetIsTheSameReadAheadOrInOrderAndOneFileOrMany() throws IOException {
        Path sample = TestPaths.repository().resolve("sample-data/pirkanmaa");
        Dataset inOrder = new DatasetLoader(InputLimits.DEFAULT, Long.MAX_VALUE).load(List.of(sample));
        Dataset ahead = new DatasetLoader(InputLimits.DEFAULT, 0).load(List.of(sample));
        assertEquals(inOrder.groups(), ahead.groups());
        assertEquals(inOrder.people(), ahead.people());
        assertEquals(inOrder.problems(), ahead.problems());
        assertEquals(inOrder.meetings(), ahead.meetings());
    }

    @Test
    void aFileThatCannotBeReadWinsOverARecordThatCannotBeUsed() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "schemaVersion: 2\npeople: [{ id: p1 }]\n");
        Files.writeString(dir.resolve("b.yaml"), "people: [{ id: p2 }\n");
        for (long ahead : new long[] {0, Long.MAX_VALUE}) {
            InputException e = assertThrows(InputException.class,
                    () -> new DatasetLoader(InputLimits.DEFAULT, ahead).load(List.of(dir)));
            assertTrue(e.getMessage().contains("b.yaml:"), e.getMessage());
        }
        Files.writeString(dir.resolve("b.yaml"), "people: [{ id: p2 }]\n");
        for (long ahead : new long[] {0, Long.MAX_VALUE}) {
            InputException e = assertThrows(InputException.class,
                    () -> new DatasetLoader(InputLimits.DEFAULT, ahead).load(List.of(dir)));
            assertTrue(e.getMessage().contains("a.yaml:1:") && e.getMessage().contains("schemaVersion 2"),
                    e.getMessage());
        }
    }
}
