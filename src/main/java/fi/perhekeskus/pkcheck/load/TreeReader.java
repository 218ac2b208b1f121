package fi.perhekeskus.pkcheck.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Word;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML or JSON file into a {@link Node} tree with locations. Anything that stops the file
 * from being read at all (too large, not UTF-8, broken syntax, beyond a parser limit, empty) is an
 * {@link InputException}.
 */
public final class TreeReader {

    private static final int MAX_MESSAGE = 200;

    private final InputLimits limits;
    private final JsonFactory json;
    private final YAMLFactory yaml;

    /** A reader with the default {@link InputLimits}. */
    public TreeReader() {
        this(InputLimits.DEFAULT);
    }

    public TreeReader(InputLimits limits) {
        this.limits = limits;
        this.json = limits.jsonFactory();
        this.yaml = limits.yamlFactory();
    }

    /**
     * Reads {@code path}, naming it {@code displayName} in locations and messages. The file is parsed as it is
     * read, never held whole in memory; only its tree is.
     *
     * @throws InputException when the file is too large, cannot be read or parsed, or holds nothing
     */
    public Node read(Path path, String displayName) {
        limits.checkSize(path, displayName);
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, displayName, isJson(path), () -> Files.readAllBytes(path), null, null);
        } catch (IOException e) {
            throw InputException.keyed(displayName, "error.file.unreadable", InputException.reasonTerm(e));
        }
    }

    /**
     * Where the items of a file's top-level lists go as they are parsed, so that a file's tree is never held
     * whole: {@link #streams} says which keys' lists are handed over item by item.
     */
    public interface RecordSink {
        /** Whether the list under this top-level key is handed over item by item. */
        boolean streams(String key);

        /** One item of the list under {@code key}, with its locations, in the file's order. */
        void record(String key, Node item);
    }

    /**
     * Reads {@code path} as {@link #read(Path, String)} does, but hands every item of a top-level list that
     * {@code sink} streams to it as soon as it is parsed; the tree returned has those lists empty (with their
     * locations). Memory is then one record's tree at a time, whatever the file's size.
     *
     * @throws InputException when the file is too large, cannot be read or parsed, or holds nothing
     */
    public Node readRecords(Path path, String displayName, RecordSink sink) {
        return readRecords(path, displayName, sink, null);
    }

    /**
     * Reads {@code path} as {@link #readRecords(Path, String, RecordSink)} does, taking each short text of a
     * value from {@code texts} (when not null), so that a text the files repeat is one instance.
     */
    Node readRecords(Path path, String displayName, RecordSink sink, SharedTexts texts) {
        limits.checkSize(path, displayName);
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, displayName, isJson(path), () -> Files.readAllBytes(path), sink, texts);
        } catch (IOException e) {
            throw InputException.keyed(displayName, "error.file.unreadable", InputException.reasonTerm(e));
        }
    }

    /** Parses {@code bytes}; JSON when {@code asJson}, YAML otherwise. */
    public Node parse(byte[] bytes, String displayName, boolean asJson) {
        try {
            return parse(new ByteArrayInputStream(bytes), displayName, asJson, () -> bytes, null, null);
        } catch (IOException e) {
            throw InputException.keyed(displayName, "error.parse.io", oneLine(e.getMessage()));
        }
    }

    /** Source of the whole file's bytes, read again only to say where an encoding error is. */
    private interface Bytes {
        byte[] get() throws IOException;
    }

    private Node parse(InputStream raw, String displayName, boolean asJson, Bytes bytes, RecordSink sink,
                       SharedTexts texts) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        skipUtf8Bom(in, displayName);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonParser parser = asJson ? json.createParser(reader)
                : yaml.createParser(new WordLimitReader(reader))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputException.keyed(displayName, "error.file.empty");
            }
            try {
                Node root = new Values(parser, displayName, texts).read(sink, false);
                if (parser.nextToken() != null) {
                    throw InputException.keyed(location(parser.currentTokenLocation(), displayName),
                            "error.parse.trailing");
                }
                return root;
            } catch (StreamConstraintsException e) {
                // The exception carries no location; the parser still knows where it stopped.
                throw limit(location(parser.currentLocation(), displayName), e.getOriginalMessage());
            }
        } catch (JsonProcessingException e) {
            tooLong(e, displayName);
            if (encodingError(e)) {
                throw notUtf8(bytes.get(), displayName);
            }
            String detail = oneLine(withoutQuotes(syntaxMessage(e)));
            throw InputException.keyed(location(e.getLocation(), displayName), "error.parse.syntax",
                    asJson ? "JSON" : "YAML", detail, ParseProblem.of(detail));
        } catch (IOException e) {
            tooLong(e, displayName);
            if (encodingError(e)) {
                throw notUtf8(bytes.get(), displayName);
            }
            throw InputException.keyed(displayName, "error.parse.io", oneLine(withoutQuotes(e.getMessage())));
        } catch (RuntimeException e) {
            if (e instanceof InputException) {
                throw e;
            }
            tooLong(e, displayName);
            // SnakeYAML signals a few limits and broken inputs with its own unchecked exceptions.
            if (encodingError(e)) {
                throw notUtf8(bytes.get(), displayName);
            }
            String detail = oneLine(withoutQuotes(e.getMessage()));
            throw InputException.keyed(displayName, "error.parse.syntax", asJson ? "JSON" : "YAML", detail,
                    ParseProblem.of(detail));
        }
    }

    /**
     * Skips a UTF-8 byte order mark, and refuses UTF-16 and UTF-32 up front with a message that says so
     * (read as UTF-8 they would fail with a puzzling error, or not at all where only ASCII is written).
     */
    private static void skipUtf8Bom(BufferedInputStream in, String file) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        int n = head.length;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return;
        }
        boolean utf32 = n == 4
                && ((head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF)
                || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0));
        boolean utf16 = n >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
                || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
        boolean nulls = n >= 2 && (head[0] == 0 || head[1] == 0);
        if (utf32 || utf16 || nulls) {
            throw InputException.keyed(file, "error.file.notUtf8Encoding",
                    utf32 ? "UTF-32" : utf16 ? "UTF-16" : new Word("word.utf16or32"));
        }
    }

    /**
     * The parser's own words without SnakeYAML's quotes of the offending lines: the location is given already,
     * and a quote could copy the content of a file that should never have been named into a CI log.
     */
    private static String syntaxMessage(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                String problem = m.getProblem() == null ? "broken YAML" : m.getProblem();
                return m.getContext() == null ? problem : m.getContext() + ": " + problem;
            }
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // Jackson names SnakeYAML's event classes where a key is not a plain value.
        return message.replace("Expected a field name (Scalar value in YAML), got this instead:",
                        "a key must be a plain value, not")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent[^>]*>", "a mapping")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent[^>]*>", "a list")
                .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event[^>]*>", "$1");
    }

    /**
     * A parser's message without what it quotes of the input: Jackson names the token it could not read
     * ("Unrecognized token 'ghp_…'"), the character and its code, a number out of range; SnakeYAML a tag or
     * a character. Naming a file that holds a secret (a dataset's {@code model:}) must not copy the secret's
     * start into a CI log: the file's name and the position are enough. The grammar's own words stay.
     */
    static String withoutQuotes(String message) {
        if (message == null) {
            return null;
        }
        String text = message
                .replaceAll("\\('((?:[^'\\\\]|\\\\.)*)'\\s*\\((?:CTRL-CHAR, )?code -?\\d+(?: / 0x[0-9a-fA-F]+)?\\)\\)",
                        "'$1'")
                .replaceAll("Numeric value \\([^)]*\\)", "Numeric value");
        java.util.regex.Matcher quoted = QUOTED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String inside = quoted.group(2);
            boolean grammar = inside.equals("null") || inside.equals("true") || inside.equals("false")
                    || (inside.length() == 1 && !Character.isLetterOrDigit(inside.charAt(0))
                    && inside.charAt(0) >= ' ' && inside.charAt(0) < 0x7F);
            quoted.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(grammar ? quoted.group()
                    : "(…)"));
        }
        quoted.appendTail(out);
        return out.toString().replaceAll("!\\S+", "!(…)").replaceAll("\\s+", " ").trim();
    }

    /** A quoted piece of a parser's message, in single or double quotes. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("(['\"])([^'\"\\n]*)\\1");

    private static void tooLong(Throwable e, String file) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WordLimitReader.TooLong tooLong) {
                throw InputException.keyed(file + ":" + tooLong.line,
                        tooLong.blank ? "error.limit.blank" : "error.limit.word",
                        InputLimits.MAX_WORD_LENGTH);
            }
        }
    }

    private static boolean encodingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** Jackson's limit messages name its API; the user needs the limit and where it is documented. */
    static String limit(String message) {
        return limit(null, message).getMessage();
    }

    /**
     * A limit Jackson met, about {@code where} (a {@link Location}, a file name or null), as a keyed message:
     * which limit, and where it is documented.
     */
    static InputException limit(Object where, String message) {
        String text = message == null ? "" : message;
        if (text.contains("nesting depth")) {
            return InputException.keyed(where, "error.limit.nesting", InputLimits.MAX_NESTING_DEPTH);
        }
        if (text.contains("Name length")) {
            return InputException.keyed(where, "error.limit.name", InputLimits.MAX_NAME_LENGTH);
        }
        if (text.contains("String value length")) {
            return InputException.keyed(where, "error.limit.string", InputLimits.MAX_STRING_LENGTH);
        }
        if (text.contains("Number value length")) {
            return InputException.keyed(where, "error.limit.number", InputLimits.MAX_NUMBER_LENGTH);
        }
        if (text.contains("Document length")) {
            return InputException.keyed(where, "error.limit.document");
        }
        return InputException.keyed(where, "error.limit.other", oneLine(text.replaceAll("\\(from `[^`]*`\\)", "")));
    }

    static boolean isJson(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Turns one file's tokens into nodes. Where the parser is Jackson's own (JSON), a value's line and column
     * are read as numbers and its text from the parser's characters, so that no location object or repeated
     * string is made per value; YAML takes the general path.
     */
    private static final class Values {

        /**
         * The keys whose texts are shared: ids and the words that refer to them, which the records keep and the
         * files repeat. Looking a text up costs a cache miss or two, so names (seldom repeated) and dates and
         * roles (read into values, their texts dropped) are left as they are.
         */
        static final Set<String> SHARED = Set.of("id", "person", "deputy", "represents", "title", "organisation",
                "group", "area", "municipality", "municipalities", "attendees", "coordinator");

        private final JsonParser parser;
        private final ParserBase positions;
        private final YAMLParser yamlParser;
        private final String file;
        private final SharedTexts texts;

        Values(JsonParser parser, String file, SharedTexts texts) {
            this.parser = parser;
            // Only Jackson's JSON parser: the YAML parser is a ParserBase too, but keeps its places elsewhere.
            this.positions = parser instanceof ReaderBasedJsonParser json ? json : null;
            this.yamlParser = parser instanceof YAMLParser y ? y : null;
            this.file = file;
            this.texts = texts;
        }

        Node read(RecordSink sink, boolean share) throws IOException {
            JsonToken token = parser.currentToken();
            int line;
            int column;
            if (positions != null) {
                line = Math.max(positions.getTokenLineNr(), 0);
                column = Math.max(tokenColumn(positions), 0);
            } else {
                JsonLocation loc = parser.currentTokenLocation();
                line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
                column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
            }
            if (yamlParser != null && yamlParser.isCurrentAlias()) {
                // Jackson's streaming parser hands an alias over as its anchor's name, which would silently become
                // data; expanding it ourselves would open the door to alias bombs. So aliases are refused.
                throw InputException.keyed(new Location(file, line, column), "error.parse.alias", yamlParser.getText());
            }
            switch (token) {
                case START_OBJECT: {
                    Node node = Node.at(Node.Kind.OBJECT, null, file, line, column);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        // A key's place is needed only to report it: too long, or written twice.
                        Location keyAt = key.length() > InputLimits.MAX_NAME_LENGTH || node.get(key) != null
                                ? location(parser.currentTokenLocation(), file) : null;
                        if (key.length() > InputLimits.MAX_NAME_LENGTH) {
                            throw InputException.keyed(keyAt, "error.limit.name",
                                    InputLimits.MAX_NAME_LENGTH);
                        }
                        JsonToken next = parser.nextToken();
                        if (sink != null && next == JsonToken.START_ARRAY && keyAt == null && sink.streams(key)) {
                            Node list = Node.array(location(parser.currentTokenLocation(), file));
                            node.putNew(key, list);
                            while (parser.nextToken() != JsonToken.END_ARRAY) {
                                sink.record(key, read(null, false));
                            }
                            continue;
                        }
                        Node value = read(null, texts != null && SHARED.contains(key));
                        if (keyAt == null) {
                            node.putNew(key, value); // not repeated: asked above
                        } else {
                            node.put(key, value, keyAt);
                        }
                    }
                    return node;
                }
                case START_ARRAY: {
                    Node node = Node.at(Node.Kind.ARRAY, null, file, line, column);
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        node.add(read(null, share));
                    }
                    return node;
                }
                case VALUE_STRING: {
                    if (parser.getTextLength() > InputLimits.MAX_STRING_LENGTH) {
                        parser.getText(); // Jackson's own limit, met here, says where the value ends
                        throw InputException.keyed(new Location(file, line, column), "error.limit.string",
                                InputLimits.MAX_STRING_LENGTH);
                    }
                    return Node.at(Node.Kind.STRING, share ? sharedText() : parser.getText(), file, line, column);
                }
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    if (parser.getText().length() > InputLimits.MAX_NUMBER_LENGTH) {
                        throw InputException.keyed(new Location(file, line, column), "error.limit.number",
                                InputLimits.MAX_NUMBER_LENGTH);
                    }
                    if (!exponentWithinLimit(parser.getText())) {
                        // 1e99999999 is short, yet turned into a plain number it would be a hundred million digits.
                        throw InputException.keyed(new Location(file, line, column), "error.limit.exponent",
                                InputLimits.MAX_EXPONENT);
                    }
                    return Node.at(Node.Kind.NUMBER, parser.getText(), file, line, column);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return Node.at(Node.Kind.BOOLEAN, parser.getText(), file, line, column);
                case VALUE_NULL:
                    return Node.at(Node.Kind.NULL, null, file, line, column);
                default:
                    throw InputException.keyed(new Location(file, line, column), "error.parse.unsupported",
                            String.valueOf(token));
            }
        }

        /** The current string value, one instance per distinct short text when texts are shared. */
        private String sharedText() throws IOException {
            if (positions != null) {
                return texts.of(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            }
            return texts.of(parser.getText());
        }
    }

    /**
     * The column of the current token as {@link JsonParser#currentTokenLocation()} gives it (1-based), without
     * making that location: {@link ParserBase#getTokenColumnNr()} counts one more than the location does for every
     * token a value starts with (TreeReaderTest holds the two together).
     */
    static int tokenColumn(ParserBase parser) {
        int column = parser.getTokenColumnNr();
        return column > 0 ? column - 1 : column;
    }

    /** Whether a number's exponent, if it has one, is at most {@link InputLimits#MAX_EXPONENT} either way. */
    static boolean exponentWithinLimit(String number) {
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        if (e < 0) {
            return true;
        }
        String digits = number.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        return !digits.isEmpty() && digits.length() <= 5 && digits.chars().allMatch(Character::isDigit)
                && Integer.parseInt(digits) <= InputLimits.MAX_EXPONENT;
    }

    private static InputException notUtf8(byte[] bytes, String file) {
        int offset = firstInvalidUtf8(bytes);
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return InputException.keyed(file + ":" + line, "error.file.notUtf8", String.valueOf(offset));
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return bytes.length;
            }
            out.clear();
        }
    }

    private static Location location(JsonLocation loc, String file) {
        if (loc == null) {
            return new Location(file, 0, 0);
        }
        return new Location(file, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }
}
