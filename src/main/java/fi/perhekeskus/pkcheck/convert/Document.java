package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.load.DataFileReader;
import fi.perhekeskus.pkcheck.load.Node;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A whole dataset as one JSON tree, merged from its files the way the loader merges them (lists
 * concatenated, the first schemaVersion, model and region kept), with every value as it was written —
 * unknown fields included — so that a conversion loses nothing the loader would read.
 */
public final class Document {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Document() {
    }

    /** The files' trees merged into one document. */
    public static ObjectNode merge(List<DataFileReader.Source> sources) {
        ObjectNode document = JSON.objectNode();
        for (DataFileReader.Source source : sources) {
            if (!source.root().isObject()) {
                continue;
            }
            for (Map.Entry<String, Node> field : source.root().fields().entrySet()) {
                JsonNode value = json(field.getValue());
                JsonNode earlier = document.get(field.getKey());
                if (earlier == null) {
                    document.set(field.getKey(), value);
                } else if (earlier.isArray() && value.isArray()) {
                    ((ArrayNode) earlier).addAll((ArrayNode) value);
                }
            }
        }
        return document;
    }

    /** A node as JSON: strings stay strings ("020" stays "020"), numbers and booleans keep their type. */
    static JsonNode json(Node node) {
        switch (node.kind()) {
            case OBJECT: {
                ObjectNode object = JSON.objectNode();
                node.fields().forEach((k, v) -> object.set(k, json(v)));
                return object;
            }
            case ARRAY: {
                ArrayNode array = JSON.arrayNode();
                node.items().forEach(item -> array.add(json(item)));
                return array;
            }
            case NUMBER:
                try {
                    BigDecimal number = new BigDecimal(node.text());
                    return number.scale() <= 0 ? JSON.numberNode(number.toBigIntegerExact()) : JSON.numberNode(number);
                } catch (NumberFormatException | ArithmeticException e) {
                    return JSON.textNode(node.text());
                }
            case BOOLEAN:
                return JSON.booleanNode(Boolean.parseBoolean(node.text()));
            case NULL:
                return JSON.nullNode();
            default:
                return JSON.textNode(node.text());
        }
    }
}
