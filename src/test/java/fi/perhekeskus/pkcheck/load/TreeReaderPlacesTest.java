package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import fi.perhekeskus.pkcheck.model.Location;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON value's place read as numbers from the parser is the place its location gives, and repeated texts of
 * the records of a dataset's files are one instance.
 */
class TreeReaderPlacesTest {

    private static final String JSON = "{\"a\": [1, \"xä\\u00e4\", true, null, {\"b\":\n  2.5e3}],\n"
            + " \"c\":\"d\", \"e\": -7,\r\n\t\"f\": false, \"g\": {}, \"h\": []}";

    @TempDir
    Path temp;

    @Test
    void aTokensColumnAsANumberIsItsLocationsColumn() throws IOException {
        JsonParser parser = new JsonFactory().createParser(new StringReader(JSON));
        int values = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME) {
                continue; // a key's place is taken from its location, when it is reported
            }
            JsonLocation at = parser.currentTokenLocation();
            ReaderBasedJsonParser base = (ReaderBasedJsonParser) parser;
            assertEquals(at.getLineNr(), base.getTokenLineNr(), token.toString());
            assertEquals(at.getColumnNr(), TreeReader.tokenColumn(base), token.toString());
            values++;
        }
        assertEquals(18, values);
    }

    @Test
    void everyValueOfAJsonFileIsWhereItsTokenStarts() {
        Node root = new TreeReader().parse(JSON.getBytes(StandardCharsets.UTF_8), "d.json", true);
        assertEquals(new Location("d.json", 1, 1), root.location());
        Node a = root.get("a");
        assertEquals(new Location("d.json", 1, 7), a.location());
        List<String> places = new ArrayList<>();
        for (Node item : a.items()) {
            places.add(item.kind() + "@" + item.location());
        }
        assertEquals(List.of("NUMBER@d.json:1:8", "STRING@d.json:1:11", "BOOLEAN@d.json:1:23",
                "NULL@d.json:1:29", "OBJECT@d.json:1:35"), places);
        assertEquals("xää", a.items().get(1).text());
        assertEquals(new Location("d.json", 2, 3), a.items().get(4).get("b").location());
        assertEquals("2.5e3", a.items().get(4).get("b").text());
        assertEquals(new Location("d.json", 3, 6), root.get("c").location());
        assertEquals("-7", root.get("e").text());
        assertEquals(new Location("d.json", 4, 7), root.get("f").location());
    }

    @Test
    void theRecordsOfSeveralFilesShareTheirRepeatedTexts() throws IOException {
        Path one = temp.resolve("one.json");
        Path two = temp.resolve("two.yaml");
        Files.writeString(one, "{\"people\": [{\"id\": \"p1\", \"title\": \"rehtori\", \"name\": \"Aino\"},"
                + " {\"id\": \"p2\", \"title\": \"rehtori\", \"name\": \"Aino\"}]}");
        Files.writeString(two, "people:\n  - id: p1\n    title: rehtori\n");
        List<Node> records = new ArrayList<>();
        TreeReader.RecordSink sink = new TreeReader.RecordSink() {
            @Override
            public boolean streams(String key) {
                return true;
            }

            @Override
            public void record(String key, Node item) {
                records.add(item);
            }
        };
        SharedTexts texts = new SharedTexts();
        TreeReader reader = new TreeReader();
        reader.readRecords(one, "one.json", sink, texts);
        reader.readRecords(two, "two.yaml", sink, texts);
        assertEquals(3, records.size());
        String title = records.get(0).get("title").text();
        assertSame(title, records.get(1).get("title").text());
        assertSame(title, records.get(2).get("title").text());
        assertSame(records.get(0).get("id").text(), records.get(2).get("id").text());
        // A name is seldom repeated: it is not looked up.
        assertEquals("Aino", records.get(1).get("name").text());
        assertNotSame(records.get(0).get("name").text(), records.get(1).get("name").text());
        assertEquals(new Location("two.yaml", 2, 5), records.get(2).location());
        assertEquals(new Location("one.json", 1, 13), records.get(0).location());

        List<Node> unshared = new ArrayList<>();
        records.clear();
        reader.readRecords(one, "one.json", sink);
        unshared.addAll(records);
        assertEquals("rehtori", unshared.get(1).get("title").text());
        assertNotSame(unshared.get(0).get("title").text(), unshared.get(1).get("title").text());
    }
}
