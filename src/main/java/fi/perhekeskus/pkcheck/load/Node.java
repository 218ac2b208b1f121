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
 * node is lean. A scalar read from a file is only its kind, text and place (32 bytes): the fields an object or
 * array needs live in {@link Container}, and a scalar's {@link Location} is made each time it is asked for —
 * seldom, only to report the value. A container's fields are two short arrays searched in order (a record has
 * a handful of keys; an index is made only for a large mapping), and its Location, nearly always asked for
 * (a record's own), is made once.
 */
public class Node {

    /** The shape of a value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** From this many keys on, an object also keeps an index of its keys, so that no mapping costs its square. */
    static final int INDEXED_FROM = 16;

    private final Kind kind;
    private final String text;
    private final String file;
    private final int line;
    private final int column;

    private Node(Kind kind, String text, String file, int line, int column) {
        this.kind = kind;
        this.text = text;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    static Node object(Location location) {
        return new Container(Kind.OBJECT, location);
    }

    static Node array(Location location) {
        return new Container(Kind.ARRAY, location);
    }

    static Node scalar(Kind kind, String text, Location location) {
        return location == null ? new Node(kind, text, null, 0, 0) : new Placed(kind, text, location);
    }

    /** A value at line and column of {@code file} (a YAML or JSON file: no sheet); its Location is made lazily. */
    static Node at(Kind kind, String text, String file, int line, int column) {
        if (kind == Kind.OBJECT || kind == Kind.ARRAY) {
            return new Container(kind, file, line, column);
        }
        return new Node(kind, text, file, line, column);
    }

    /**
     * Adds a field to an object; a key it has already is kept as a duplicate at {@code keyLocation} instead.
     *
     * @throws UnsupportedOperationException on a scalar
     */
    void put(String key, Node value, Location keyLocation) {
        throw new UnsupportedOperationException("a " + kind + " has no fields");
    }

    /**
     * Adds a field to an object that the caller knows does not have {@code key} yet (it has asked
     * {@link #get}), without looking for the key again.
     *
     * @throws UnsupportedOperationException on a scalar
     */
    void putNew(String key, Node value) {
        throw new UnsupportedOperationException("a " + kind + " has no fields");
    }

    /**
     * Adds an item to an array.
     *
     * @throws UnsupportedOperationException on a scalar
     */
    void add(Node value) {
        throw new UnsupportedOperationException("a " + kind + " has no items");
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

    /** Where the value was written; null for a value made with no place. */
    public Location location() {
        return file == null ? null : new Location(file, line, column);
    }

    /** The fields of an object in the order written (the first of a repeated key wins). */
    public Map<String, Node> fields() {
        return Map.of();
    }

    /** How many fields an object has (each key once). */
    int fieldCount() {
        return 0;
    }

    /** The key of an object's {@code i}-th field, in the order written. */
    String key(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** The value of an object's {@code i}-th field. */
    Node value(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    public Node get(String key) {
        return null;
    }

    public List<Node> items() {
        return List.of();
    }

    /** Keys written more than once in this object, each at its repeated position. */
    public List<Node> duplicateKeys() {
        return List.of();
    }

    /** A scalar whose place was given whole (a workbook's cell, which names its sheet). */
    private static final class Placed extends Node {

        private final Location location;

        Placed(Kind kind, String text, Location location) {
            super(kind, text, location.file(), location.line(), location.column());
            this.location = location;
        }

        @Override
        public Location location() {
            return location;
        }
    }

    /** An object or an array: the only nodes with fields or items. */
    private static final class Container extends Node {

        private static final String[] NO_KEYS = new String[0];
        private static final Node[] NO_NODES = new Node[0];

        /** Given (a workbook's row), or made on the first {@link #location()}. */
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

        Container(Kind kind, String file, int line, int column) {
            super(kind, null, file, line, column);
        }

        Container(Kind kind, Location location) {
            super(kind, null, location == null ? null : location.file(), location == null ? 0 : location.line(),
                    location == null ? 0 : location.column());
            this.location = location;
        }

        @Override
        public Location location() {
            if (location == null) {
                location = super.location();
            }
            return location;
        }

        @Override
        void put(String key, Node value, Location keyLocation) {
            if (indexOf(key) >= 0) {
                if (duplicateKeys.isEmpty()) {
                    duplicateKeys = new ArrayList<>(2);
                }
                duplicateKeys.add(scalar(Kind.STRING, key, keyLocation));
                return;
            }
            putNew(key, value);
        }

        @Override
        void putNew(String key, Node value) {
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

        @Override
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

        @Override
        public Map<String, Node> fields() {
            if (!isObject()) {
                return Map.of();
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                fields.put(keys[i], values[i]);
            }
            return Collections.unmodifiableMap(fields);
        }

        @Override
        int fieldCount() {
            return isObject() ? size : 0;
        }

        @Override
        String key(int i) {
            return keys[i];
        }

        @Override
        Node value(int i) {
            return values[i];
        }

        @Override
        public Node get(String key) {
            if (!isObject()) {
                return null;
            }
            int at = indexOf(key);
            return at < 0 ? null : values[at];
        }

        @Override
        public List<Node> items() {
            if (!isArray()) {
                return List.of();
            }
            return Collections.unmodifiableList(Arrays.asList(values).subList(0, size));
        }

        @Override
        public List<Node> duplicateKeys() {
            return duplicateKeys.isEmpty() ? List.of() : Collections.unmodifiableList(duplicateKeys);
        }
    }
}
