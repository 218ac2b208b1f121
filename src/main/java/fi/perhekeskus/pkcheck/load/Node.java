package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was written, so that every finding about the
 * data can point at its line. Scalars keep the text as written (a YAML {@code 020} stays "020").
 */
public final class Node {

    /** The shape of a value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final String text;
    private final Location location;
    private final Map<String, Node> fields;
    private final List<Node> items;
    /** Made for the rare object that repeats a key. */
    private List<Node> duplicateKeys = List.of();

    private Node(Kind kind, String text, Location location) {
        this.kind = kind;
        this.text = text;
        this.location = location;
        this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : Map.of();
        this.items = kind == Kind.ARRAY ? new ArrayList<>() : List.of();
    }

    static Node object(Location location) {
        return new Node(Kind.OBJECT, null, location);
    }

    static Node array(Location location) {
        return new Node(Kind.ARRAY, null, location);
    }

    static Node scalar(Kind kind, String text, Location location) {
        return new Node(kind, text, location);
    }

    void put(String key, Node value, Location keyLocation) {
        if (fields.containsKey(key)) {
            if (duplicateKeys.isEmpty()) {
                duplicateKeys = new ArrayList<>(2);
            }
            duplicateKeys.add(scalar(Kind.STRING, key, keyLocation));
            return;
        }
        fields.put(key, value);
    }

    void add(Node value) {
        items.add(value);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    public boolean isScalar() {
        return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The scalar's text as written; null for objects, arrays and null. */
    public String text() {
        return text;
    }

    public Location location() {
        return location;
    }

    /** The fields of an object in the order written (the first of a repeated key wins). */
    public Map<String, Node> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Node get(String key) {
        return fields.get(key);
    }

    public List<Node> items() {
        return Collections.unmodifiableList(items);
    }

    /** Keys written more than once in this object, each at its repeated position. */
    public List<Node> duplicateKeys() {
        return Collections.unmodifiableList(duplicateKeys);
    }
}
