package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading one YAML or JSON file into a tree: the values and their places, and the exact one-line refusal for
 * each way a file cannot be read (encodings, syntax, parser limits, size). The whole check runs the same inputs
 * in {@code cli.BadInputTest}; these name the message and the position.
 */
class TreeReaderTest {

    private static final String LIMITS = " (see docs/security.md)";

    @TempDir
    Path temp;

    private final TreeReader reader = new TreeReader();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private Node yaml(String text) {
        return reader.parse(utf8(text), "d.yaml", false);
    }

    private Node json(String text) {
        return reader.parse(utf8(text), "d.json", true);
    }

    /** The message of the refusal of {@code bytes}. */
    private String refusal(byte[] bytes, boolean asJson) {
        return assertThrows(InputException.class, () -> reader.parse(bytes, "d.yaml", asJson)).getMessage();
    }

    private String yamlRefusal(String text) {
        return refusal(utf8(text), false);
    }

    private String jsonRefusal(String text) {
        return refusal(utf8(text), true);
    }

    @Test
    void valuesKeepTheirKindTextAndPlace() {
        Node root = yaml("a: text\nb: 12\nc: 1.5\nd: true\ne: ~\nf: [x, {g: no}]\n");
        assertEquals(Node.Kind.OBJECT, root.kind());
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), List.copyOf(root.fields().keySet()));
        assertEquals(Node.Kind.STRING, root.get("a").kind());
        assertEquals("text", root.get("a").text());
        assertEquals("d.yaml:1:4", root.get("a").location().toString());
        assertEquals(Node.Kind.NUMBER, root.get("b").kind());
        assertEquals("12", root.get("b").text());
        assertEquals(Node.Kind.NUMBER, root.get("c").kind());
        assertEquals("1.5", root.get("c").text());
        assertEquals(Node.Kind.BOOLEAN, root.get("d").kind());
        assertEquals("true", root.get("d").text());
        assertEquals(Node.Kind.NULL, root.get("e").kind());
        assertNull(root.get("e").text());
        Node list = root.get("f");
        assertEquals(Node.Kind.ARRAY, list.kind());
        assertEquals(2, list.items().size());
        assertEquals("x", list.items().get(0).text());
        assertEquals("d.yaml:6:8", list.items().get(1).location().toString());
        assertEquals("no", list.items().get(1).get("g").text());

        Node fromJson = json("{\"a\": [1, \"b\", false, null], \"c\": {}}");
        assertEquals(4, fromJson.get("a").items().size());
        assertEquals(Node.Kind.BOOLEAN, fromJson.get("a").items().get(2).kind());
        assertEquals(Node.Kind.NULL, fromJson.get("a").items().get(3).kind());
        assertTrue(fromJson.get("c").isObject() && fromJson.get("c").fields().isEmpty());
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        assertEquals(List.of("a"), List.copyOf(reader.parse(withBom("a: 1"), "d.yaml", false).fields().keySet()));
        assertEquals(List.of("a"), List.copyOf(reader.parse(withBom("{\"a\": 1}"), "d.json", true).fields().keySet()));
        assertEquals("d.yaml: the file is empty: it holds no data", refusal(withBom(""), true));
    }

    @Test
    void utf16AndUtf32AreRefusedByName() {
        String utf16 = "d.yaml: the file is UTF-16, not UTF-8; save it as UTF-8";
        String utf32 = "d.yaml: the file is UTF-32, not UTF-8; save it as UTF-8";
        String either = "d.yaml: the file is UTF-16 or UTF-32, not UTF-8; save it as UTF-8";
        assertEquals(utf16, refusal(bytes(0xFF, 0xFE, 'a', 0), false));
        assertEquals(utf16, refusal(bytes(0xFE, 0xFF, 0, 'a'), false));
        assertEquals(utf16, refusal(bytes(0xFF, 0xFE), false));
        assertEquals(utf16, refusal(bytes(0xFE, 0xFF), false));
        assertEquals(utf16, refusal(bytes(0xFF, 0xFE, 'a'), false));
        assertEquals(utf32, refusal(bytes(0xFF, 0xFE, 0, 0), true));
        assertEquals(utf32, refusal(bytes(0, 0, 0xFE, 0xFF), false));
        // Without a byte order mark, a NUL among the first two bytes gives the wide encodings away.
        assertEquals(either, refusal(bytes(0, 'a'), false));
        assertEquals(either, refusal(bytes('a', 0), false));
        assertEquals(either, refusal(bytes(0, 0, 0, 'a'), false));
        assertEquals(either, refusal(bytes('a', 0, 0, 0), false));
        // One byte is too little to tell: the parser answers.
        assertEquals("d.yaml:1:1: cannot parse YAML: special characters are not allowed", refusal(bytes(0), false));
    }

    @Test
    void anIncompleteByteOrderMarkIsNotUtf8() {
        String atStart = "d.yaml:1: the file is not UTF-8 (invalid byte at offset 0); save it as UTF-8";
        assertEquals(atStart, refusal(bytes(0xEF, 0xBB), false));
        assertEquals(atStart, refusal(bytes(0xEF, 0xBB, 'A'), false));
        assertEquals(atStart, refusal(bytes(0xEF, 'A', 0xBF, 'x'), false));
    }

    @Test
    void anInvalidByteIsNamedWithItsLineAndOffset() {
        assertEquals("d.yaml:3: the file is not UTF-8 (invalid byte at offset 13); save it as UTF-8",
                refusal(bytes('a', ':', ' ', '1', '\n', 'b', ':', ' ', '2', '\n', 'c', ':', ' ', 0xFF, '\n'), false));
        assertEquals("d.yaml:3: the file is not UTF-8 (invalid byte at offset 8); save it as UTF-8",
                refusal(bytes('{', '\n', '"', 'a', '"', ':', '\n', '"', 0xFF, '"', '}'), true));
        // Far enough into the file that finding the byte takes more than one buffer.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append('k').append(i).append(": 123456\n");
        }
        byte[] good = utf8(text.toString());
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xFF;
        assertEquals("d.yaml:2001: the file is not UTF-8 (invalid byte at offset " + good.length
                + "); save it as UTF-8", refusal(bad, false));
    }

    @Test
    void anEmptyFileOrOneWithOnlyCommentsHoldsNoData() {
        assertEquals("d.yaml: the file is empty: it holds no data", yamlRefusal(""));
        assertEquals("d.yaml: the file is empty: it holds no data", yamlRefusal("# nothing\n"));
        assertEquals("d.yaml: the file is empty: it holds no data", jsonRefusal(""));
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertEquals("d.yaml:1:9: unexpected content after the end of the document", jsonRefusal("{\"a\":1} 2"));
        assertEquals("d.yaml:3:1: unexpected content after the end of the document", yamlRefusal("a: 1\n---\nb: 2\n"));
    }

    @Test
    void aliasesAreRefused() {
        assertEquals("d.yaml:2:4: YAML aliases (*x) are not supported: write the value out in full",
                yamlRefusal("a: &x 1\nb: *x\n"));
        assertEquals("1", yaml("a: &x 1\n").get("a").text());
    }

    @Test
    void syntaxErrorsSayWhatAndWhereWithoutQuotingTheFile() {
        assertEquals("d.yaml:1:9: cannot parse YAML: while parsing a flow sequence: expected ',' or ']', "
                + "but got <stream end>", yamlRefusal("a: [1, 2\n"));
        assertEquals("d.yaml:2:4: cannot parse YAML: mapping values are not allowed here",
                yamlRefusal("a: b\n  c: d secret"));
        assertEquals("d.yaml:1:7: cannot parse JSON: Unexpected character '}': expected a value",
                jsonRefusal("{\"a\": }"));
        assertEquals("d.yaml:1:4: cannot parse YAML: a key must be a plain value, not a list", yamlRefusal("? [1]\n: 2\n"));
        assertEquals("d.yaml:1:4: cannot parse YAML: a key must be a plain value, not a mapping",
                yamlRefusal("? {a: 1}\n: 2\n"));
    }

    @Test
    void aLongParserMessageIsCutToOneShortLine() {
        String message = jsonRefusal("{\"a\": tru" + "e".repeat(400) + "}");
        String prefix = "d.yaml:1:7: cannot parse JSON: ";
        // The token is the file's content: not quoted (issue 22), so the line stays short.
        assertTrue(message.startsWith(prefix + "Unrecognized token (…)"), message);
        assertFalse(message.contains("trueee"), message);
        assertTrue(message.length() <= prefix.length() + 201, message);
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        String deep = "[".repeat(101) + "]".repeat(101);
        String expected = "d.yaml:1:102: input limit exceeded: lists and mappings nest deeper than 100 levels" + LIMITS;
        assertEquals(expected, jsonRefusal(deep));
        assertEquals(expected, yamlRefusal(deep));
        assertEquals(Node.Kind.ARRAY, json("[".repeat(100) + "]".repeat(100)).kind());
    }

    @Test
    void aKeyOfMoreThanTheLimitIsRefused() {
        String expected = "input limit exceeded: a key is longer than 1,000 characters" + LIMITS;
        assertEquals("d.yaml:1:1: " + expected, yamlRefusal("k".repeat(1001) + ": 1"));
        assertEquals("d.yaml:1:1005: " + expected, jsonRefusal("{\"" + "k".repeat(1001) + "\":1}"));
        assertEquals("1", yaml("k".repeat(1000) + ": 1").get("k".repeat(1000)).text());
        assertEquals("1", json("{\"" + "k".repeat(1000) + "\":1}").get("k".repeat(1000)).text());
    }

    @Test
    void aValueOfMoreThanTheLimitIsRefused() {
        String expected = "input limit exceeded: a value is longer than 100,000 characters" + LIMITS;
        assertEquals("d.yaml:1:4: " + expected, yamlRefusal("a: " + "x".repeat(100_001)));
        assertEquals("d.yaml:1:100009: " + expected, jsonRefusal("{\"a\":\"" + "x".repeat(100_001) + "\"}"));
        assertEquals(100_000, yaml("a: " + "x".repeat(100_000)).get("a").text().length());
        assertEquals(100_000, json("{\"a\":\"" + "x".repeat(100_000) + "\"}").get("a").text().length());
    }

    @Test
    void aNumberOfMoreThanTheLimitIsRefused() {
        String expected = "input limit exceeded: a number is longer than 100 digits" + LIMITS;
        assertEquals("d.yaml:1:4: " + expected, yamlRefusal("a: " + "1".repeat(101)));
        assertEquals("d.yaml:1:107: " + expected, jsonRefusal("{\"a\":" + "1".repeat(101) + "}"));
        assertEquals("d.yaml:1:109: " + expected, jsonRefusal("{\"a\": 1." + "1".repeat(100) + "}"));
        assertEquals("1".repeat(100), yaml("a: " + "1".repeat(100)).get("a").text());
        assertEquals("1".repeat(100), json("{\"a\":" + "1".repeat(100) + "}").get("a").text());
    }

    @Test
    void aRunOfMoreThanTheWordLimitIsRefusedWithItsLine() {
        assertEquals("d.yaml:3: input limit exceeded: more than 200,000 characters without a space or line break"
                + LIMITS, yamlRefusal("a: 1\nb: 2\n#" + "x".repeat(200_000)));
        // Exactly the limit is a long comment, nothing more.
        assertEquals("1", yaml("a: 1\n#" + "x".repeat(199_999) + "\n").get("a").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\r", "\n"})
    void spacesTabsAndLineBreaksEndARun(String separator) {
        String half = "x".repeat(150_000);
        // A line break ends the comment too, so the second half needs its own.
        String lineBreak = separator.equals("\r") || separator.equals("\n") ? "#" : "";
        String comment = "#" + half + separator + lineBreak + half + "\n";
        assertEquals("1", yaml(comment + "a: 1\n").get("a").text());
    }

    @Test
    void aYamlFileBeyondSnakeYamlsOwnDefaultSizeIsRead() {
        // SnakeYAML stops at 3 MiB of code points unless told otherwise; the file size limit is what counts.
        String comments = ("# " + "x".repeat(97) + "\n").repeat(33_000);
        assertTrue(comments.length() > 3 * 1024 * 1024);
        assertEquals("1", yaml(comments + "a: 1\n").get("a").text());
    }

    @Test
    void theDocumentLengthLimitNamesTheFileSizeLimit() {
        TreeReader small = new TreeReader(new InputLimits(50));
        assertEquals("d.yaml:1:179: input limit exceeded: the document is longer than the maximum file size" + LIMITS,
                assertThrows(InputException.class, () -> small.parse(utf8("{\"a\": \"" + "x".repeat(80) + "\"}"),
                        "d.yaml", true)).getMessage());
    }

    @Test
    void parserLimitMessagesAreTranslated() {
        assertEquals("input limit exceeded: a key is longer than 1,000 characters" + LIMITS,
                TreeReader.limit("Name length (1001) exceeds the maximum allowed (1000)"));
        assertEquals("input limit exceeded: a number is longer than 100 digits" + LIMITS,
                TreeReader.limit("Number value length (101) exceeds the maximum allowed (100)"));
        assertEquals("input limit exceeded: a value is longer than 100,000 characters" + LIMITS,
                TreeReader.limit("String value length (100001) exceeds the maximum allowed (100000)"));
        assertEquals("input limit exceeded: Something new" + LIMITS,
                TreeReader.limit("Something   new\n(from `StreamReadConstraints.getSomething()`)"));
        assertEquals("input limit exceeded: " + LIMITS, TreeReader.limit(null));
    }

    @Test
    void aFileIsReadByItsExtension(@TempDir Path dir) throws IOException {
        Path upper = Files.writeString(dir.resolve("d.JSON"), "{\"a\": }");
        assertEquals("shown.json:1:7: cannot parse JSON: Unexpected character '}': expected a value",
                assertThrows(InputException.class, () -> reader.read(upper, "shown.json")).getMessage());
        Path yaml = Files.writeString(dir.resolve("d.yml"), "a: [1\n");
        assertEquals("shown.yml:1:6: cannot parse YAML: while parsing a flow sequence: expected ',' or ']', but got "
                + "<stream end>", assertThrows(InputException.class, () -> reader.read(yaml, "shown.yml")).getMessage());
        Path good = Files.writeString(dir.resolve("d.yaml"), "a: 1\n");
        assertEquals("shown.yaml:1:4", reader.read(good, "shown.yaml").get("a").location().toString());
        assertTrue(TreeReader.isJson(Path.of("x/Data.Json")));
        assertTrue(!TreeReader.isJson(Path.of("x/data.yaml")));
    }

    @Test
    void aFileIsMeasuredBeforeItIsRead() throws IOException {
        Path file = Files.writeString(temp.resolve("big.yaml"), "a: " + "x".repeat(97) + "\n");
        TreeReader small = new TreeReader(new InputLimits(100));
        assertEquals("big.yaml: the file is 101 bytes, more than the limit of 100 bytes (raise it with "
                + "--max-file-size or PKCHECK_MAX_FILE_SIZE)",
                assertThrows(InputException.class, () -> small.read(file, "big.yaml")).getMessage());
        assertEquals(97, new TreeReader(new InputLimits(101)).read(file, "big.yaml").get("a").text().length());
        Path latin1 = Files.write(temp.resolve("latin1.yaml"), bytes('a', ':', ' ', '1', '\n', 'b', ':', ' ', 0xE4, '\n'));
        assertEquals("latin1.yaml:2: the file is not UTF-8 (invalid byte at offset 8); save it as UTF-8",
                assertThrows(InputException.class, () -> reader.read(latin1, "latin1.yaml")).getMessage());
        assertEquals("gone.yaml: cannot read file (no such file)",
                assertThrows(InputException.class, () -> reader.read(temp.resolve("gone.yaml"), "gone.yaml"))
                        .getMessage());
    }
}
