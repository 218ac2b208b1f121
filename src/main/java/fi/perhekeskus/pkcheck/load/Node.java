package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was written, so that every finding about the
 * data can point at its line. Scalars keep the text as written (a YAML {@code 020} stays "020").
 *
 * <p>A million-membership file is some ten million of these, each alive only until its record is built, so a
 * node is lean: an object's fields are two short arrays searched in order (a record has a handful of keys; an
 * index is made only for a large mapping), and the place is kept as line and column, its {@link Location} made
 * only when someone asks for it — nearly always only a record's own, seldom a value's (to report it).
 */
public final class Node {

    /** The shape of a value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** From this many keys on, an object also keeps an index of its keys, so that no mapping costs its square. */
    static final int INDEXED_FROM = 16;

    private static final String[] NO_KEYS = new String[0];
    private static final Node[] NO_NODES = new Node[0];

    private final Kind kind;
    private final String text;
    private final String file;
    private final int line;
    private final int column;
    /** Given (a workbook's cell), or made on the first {@link #location()}. */
    private Location location;
    /** An object's keys, in the order written; its values are in {@link #values} at the same index. */
    private String[] keys = NO_KEYS;
    /** An object's values or an array's items. */
    private Node[] values = NO_NODES;
    private int size;
    /** A large object's index of {@link #keys}: key to position. */
    private Map<String, Integer> index;
    /** Made for the rare object that repeats a key. */
    private List<Node> duplicateKeys = List.of();

    private Node(Kind kind, String text, String file, int line, int column, Location location) {
        this.kind = kind;
        this.text = text;
        this.file = file;
        this.line = line;
        this.column = column;
        this.location = location;
    }

    private Node(Kind kind, String text, Location location) {
        this(kind, text, location == null ? null : location.file(), location == null ? 0 : location.line(),
                location == null ? 0 : location.column(), location);
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

    /** A value at line and column of {@code file} (a YAML or JSON file: no sheet); its Location is made lazily. */
    static Node at(Kind kind, String text, String file, int line, int column) {
        return new Node(kind, text, file, line, column, null);
    }

    void put(String key, Node value, Location keyLocation) {
        if (indexOf(key) >= 0) {
            if (duplicateKeys.isEmpty()) {
                duplicateKeys = new ArrayList<>(2);
            }
            duplicateKeys.add(scalar(Kind.STRING, key, keyLocation));
            return;
        }
        if (size == keys.length) {
            int capacity = Math.max(8, size * 2); // a record has up to eight fields
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        keys[size] = key;
        values[size] = value;
        if (index != null) {
            index.put(key, size);
        } else if (size + 1 == INDEXED_FROM) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(keys[i], i);
            }
        }
        size++;
    }

    void add(Node value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(4, size * 2));
        }
        values[size++] = value;
    }

    private int indexOf(String key) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            // Jackson hands over a key as an interned instance, so the identity check nearly always decides.
            if (keys[i] == key || keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
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
        if (location == null && file != null) {
            location = new Location(file, line, column);
        }
        return location;
    }

    /** The fields of an object in the order written (the first of a repeated key wins). */
    public Map<String, Node> fields() {
        if (kind != Kind.OBJECT) {
            return Map.of();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            fields.put(keys[i], values[i]);
        }
        return Collections.unmodifiableMap(fields);
    }

    /** How many fields an object has (each key once). */
    int fieldCount() {
        return kind == Kind.OBJECT ? size : 0;
    }

    /** The key of an object's {@code i}-th field, in the order written. */
    String key(int i) {
        return keys[i];
    }

    /** The value of an object's {@code i}-th field. */
    Node value(int i) {
        return values[i];
    }

    public Node get(String key) {
        if (kind != Kind.OBJECT) {
            return null;
        }
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    public List<Node> items() {
        if (kind != Kind.ARRAY) {
            return List.of();
        }
        return Collections.unmodifiableList(Arrays.asList(values).subList(0, size));
    }

    /** Keys written more than once in this object, each at its repeated position. */
    public List<Node> duplicateKeys() {
        return duplicateKeys.isEmpty() ? List.of() : Collections.unmodifiableList(duplicateKeys);
    }
}
