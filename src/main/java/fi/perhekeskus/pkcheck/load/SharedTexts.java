package fi.perhekeskus.pkcheck.load;

/**
 * One instance of each short text a dataset's files repeat — a person's id in each of their memberships, a
 * role, a date, an organisation's id — found straight from the parser's characters, so that a repeat costs
 * neither a new string nor a map entry. A million memberships hold a few hundred thousand distinct texts.
 *
 * <p>An open-addressing table of strings, searched by the characters' hash: cheaper than a {@code HashMap}
 * (no entry objects, no string made to look one up). Texts longer than {@link #MAX_LENGTH} (names, mostly
 * unique) and texts beyond {@link #MAX_ENTRIES} are not kept: they are returned as new strings, so that memory
 * stays bounded whatever the input. Not thread-safe: one reading thread uses it.
 */
final class SharedTexts {

    /** Longer texts are rarely repeated; they are not kept. */
    static final int MAX_LENGTH = 64;
    /** The most texts kept; later ones are returned unshared. */
    static final int MAX_ENTRIES = 1 << 22;

    /** The mark of a free slot in {@link #hashes}. */
    private static final int EMPTY = 0;

    private final int maxEntries;
    private String[] table;
    /**
     * The hash of each text at its slot ({@link #tag}), {@link #EMPTY} where the slot is free. A look-up probes
     * this array alone and touches a kept string (a cache miss for its header, another for its characters) only
     * where the hash is the text's own: with a table of millions of slots, those misses were the reading's
     * greatest cost. Growing the table reads this array in order, instead of visiting every string kept.
     */
    private int[] hashes;
    private int size;

    SharedTexts() {
        this(MAX_ENTRIES, 0);
    }

    /**
     * A table that keeps at most {@code maxEntries} texts (tests use a small number), sized at first for about
     * {@code expected} texts: a large dataset's table is then made once, not grown and rehashed ten times.
     */
    SharedTexts(int maxEntries, int expected) {
        this.maxEntries = maxEntries;
        this.table = new String[capacityFor(expected)];
        this.hashes = new int[table.length];
    }

    /**
     * Makes an empty table ready for data files of this many bytes — about one shared text for each 200 bytes —
     * so that a large dataset's table is made once, not grown and rehashed ten times.
     */
    void expectBytes(long bytes) {
        int capacity = capacityFor((int) Math.min(bytes / 200, maxEntries));
        if (size == 0 && capacity > table.length) {
            table = new String[capacity];
            hashes = new int[capacity];
        }
    }

    private int capacityFor(int expected) {
        int capacity = 1 << 10;
        while (capacity < 2L * Math.min(expected, maxEntries)) {
            capacity <<= 1;
        }
        return capacity;
    }

    /** How many slots the table has now. */
    int capacity() {
        return table.length;
    }

    /** The one instance of the text in {@code chars[offset, offset + length)}. */
    String of(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i]; // String.hashCode's, so that either side may look it up
        }
        int tag = tag(hash);
        int mask = hashes.length - 1;
        for (int slot = spread(tag) & mask; ; slot = (slot + 1) & mask) {
            int held = hashes[slot];
            if (held == EMPTY) {
                return add(new String(chars, offset, length), tag, slot);
            }
            if (held == tag) {
                String kept = table[slot];
                if (same(kept, chars, offset, length)) {
                    return kept;
                }
            }
        }
    }

    /** The one instance of {@code text} (a YAML scalar, which the parser has made a string already). */
    String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        int tag = tag(text.hashCode());
        int mask = hashes.length - 1;
        for (int slot = spread(tag) & mask; ; slot = (slot + 1) & mask) {
            int held = hashes[slot];
            if (held == EMPTY) {
                return add(text, tag, slot);
            }
            if (held == tag && table[slot].equals(text)) {
                return table[slot];
            }
        }
    }

    /** How many texts are kept. */
    int size() {
        return size;
    }

    private String add(String text, int tag, int slot) {
        if (size >= maxEntries) {
            return text;
        }
        table[slot] = text;
        hashes[slot] = tag;
        size++;
        if (size * 2 > table.length) {
            grow();
        }
        return text;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        table = new String[oldTable.length * 2];
        hashes = new int[table.length];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = spread(oldHashes[i]) & mask;
                while (hashes[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /**
     * A text's hash as {@link #hashes} holds it: never {@link #EMPTY}, which marks a free slot (only the empty
     * text and a rare few others hash to 0; they share their tag with texts hashing to 1).
     */
    private static int tag(int hash) {
        return hash == EMPTY ? 1 : hash;
    }

    /** Mixes the high bits in: ids such as p1, p2, … differ mostly in their last characters. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean same(String kept, char[] chars, int offset, int length) {
        if (kept.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (kept.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

}
