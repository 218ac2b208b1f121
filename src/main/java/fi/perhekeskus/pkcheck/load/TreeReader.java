package fi.perhekeskus.pkcheck.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.perhekeskus.pkcheck.model.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one YAML or JSON file into a {@link Node} tree with locations. Anything that stops the file
 * from being read at all (not UTF-8, broken syntax, empty) is an {@link InputException}.
 */
public final class TreeReader {

    private static final int MAX_MESSAGE = 200;

    private final JsonFactory json = JsonFactory.builder().build();
    private final YAMLFactory yaml = YAMLFactory.builder().build();

    /**
     * Reads {@code path}, naming it {@code displayName} in locations and messages.
     *
     * @throws InputException when the file cannot be read or parsed, or holds nothing
     */
    public Node read(Path path, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputException.at(displayName, "cannot read file (" + e.getClass().getSimpleName() + ")");
        }
        return parse(bytes, displayName, isJson(path));
    }

    /** Parses {@code bytes}; JSON when {@code asJson}, YAML otherwise. */
    public Node parse(byte[] bytes, String displayName, boolean asJson) {
        String text = decodeUtf8(bytes, displayName);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        JsonFactory factory = asJson ? json : yaml;
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputException.at(displayName, "the file is empty: it holds no data");
            }
            Node root = readValue(parser, displayName);
            if (parser.nextToken() != null) {
                throw InputException.at(location(parser.currentTokenLocation(), displayName),
                        "unexpected content after the end of the document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw InputException.at(location(e.getLocation(), displayName),
                    "cannot parse " + (asJson ? "JSON" : "YAML") + ": " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw InputException.at(displayName, "cannot read file: " + oneLine(e.getMessage()));
        }
    }

    static boolean isJson(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private Node readValue(JsonParser parser, String file) throws IOException {
        JsonToken token = parser.currentToken();
        Location at = location(parser.currentTokenLocation(), file);
        switch (token) {
            case START_OBJECT: {
                Node node = Node.object(at);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = location(parser.currentTokenLocation(), file);
                    parser.nextToken();
                    node.put(key, readValue(parser, file), keyAt);
                }
                return node;
            }
            case START_ARRAY: {
                Node node = Node.array(at);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    node.add(readValue(parser, file));
                }
                return node;
            }
            case VALUE_STRING:
                return Node.scalar(Node.Kind.STRING, parser.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Node.scalar(Node.Kind.NUMBER, parser.getText(), at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Node.scalar(Node.Kind.BOOLEAN, parser.getText(), at);
            case VALUE_NULL:
                return Node.scalar(Node.Kind.NULL, null, at);
            default:
                throw InputException.at(at, "unsupported content (" + token + ")");
        }
    }

    private static String decodeUtf8(byte[] bytes, String file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw InputException.at(file + ":" + line, "the file is not UTF-8 (invalid byte at offset "
                    + offset + "); save it as UTF-8");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
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
