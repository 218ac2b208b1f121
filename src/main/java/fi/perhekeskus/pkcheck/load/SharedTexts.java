package fi.perhekeskus.pkcheck.load;

/**
 * One instance of each short text a dataset's files repeat — a person's id in each of their memberships, a
 * role, a date, an organisation's id — found straight from the parser's characters, so that a repeat costs
 * neither a new string nor a map entry. A million memberships hold a few hundred thousand distinct texts.
 *
 * <p>An open-addressing table of strings, searched by a 64-bit word per slot ({@link #words}): cheaper than a
 * {@code HashMap} (no entry objects, no string made to look one up). Texts longer than {@link #MAX_LENGTH}
 * (names, mostly unique) and texts beyond {@link #MAX_ENTRIES} are not kept: they are returned as new strings,
 * so that memory stays bounded whatever the input. Not thread-safe: one reading thread uses it.
 */
final class SharedTexts {

    /** Longer texts are rarely repeated; they are not kept. */
    static final int MAX_LENGTH = 64;
    /** The most texts kept; later ones are returned unshared. */
    static final int MAX_ENTRIES = 1 << 22;
    /** Texts of at most this many characters, each below 256, are their own word ({@link #packed}). */
    static final int PACKED_LENGTH = 7;

    /** The word of a free slot. */
    private static final long EMPTY = 0;
    /** Marks a word that is the text itself. */
    private static final long PACKED = 1L << 63;
    /** Marks a word that is only the text's hash. */
    private static final long HASHED = 1L << 62;

    private final int maxEntries;
    private String[] table;
    /**
     * What each slot holds, {@link #EMPTY} where it is free: a short text (an id such as {@code p123456}) packed
     * whole into the word, any other text's hash. A look-up probes this array alone; it touches a kept string
     * (one cache miss for its header, another for its characters) only to tell apart longer texts of the same
     * hash, and a short text's search never does. With a table of millions of slots, those misses were the
     * reading's greatest cost. Growing the table reads this array in order, not every string kept.
     */
    private long[] words;
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
        this.words = new long[table.length];
    }

    /**
     * Makes an empty table ready for data files of this many bytes — about one shared text for each 200 bytes —
     * so that a large dataset's table is made once, not grown and rehashed ten times.
     */
    void expectBytes(long bytes) {
        int capacity = capacityFor((int) Math.min(bytes / 200, maxEntries));
        if (size == 0 && capacity > table.length) {
            table = new String[capacity];
            words = new long[capacity];
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
        long word = packed(chars, offset, length);
        if (word == EMPTY) {
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + chars[offset + i];
            }
            word = hashed(hash);
        }
        int mask = words.length - 1;
        for (int slot = spread(word) & mask; ; slot = (slot + 1) & mask) {
            long held = words[slot];
            if (held == EMPTY) {
                return add(new String(chars, offset, length), word, slot);
            }
            if (held == word && ((word & PACKED) != 0 || same(table[slot], chars, offset, length))) {
                return table[slot];
            }
        }
    }

    /** The one instance of {@code text} (a YAML scalar, which the parser has made a string already). */
    String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        long word = packed(text);
        if (word == EMPTY) {
            word = hashed(text.hashCode());
        }
        int mask = words.length - 1;
        for (int slot = spread(word) & mask; ; slot = (slot + 1) & mask) {
            long held = words[slot];
            if (held == EMPTY) {
                return add(text, word, slot);
            }
            if (held == word && ((word & PACKED) != 0 || table[slot].equals(text))) {
                return table[slot];
            }
        }
    }

    /** How many texts are kept. */
    int size() {
        return size;
    }

    private String add(String text, long word, int slot) {
        if (size >= maxEntries) {
            return text;
        }
        table[slot] = text;
        words[slot] = word;
        size++;
        if (size * 2 > table.length) {
            grow();
        }
        return text;
    }

    private void grow() {
        String[] oldTable = table;
        long[] oldWords = words;
        table = new String[oldTable.length * 2];
        words = new long[table.length];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldWords[i] != EMPTY) {
                int slot = spread(oldWords[i]) & mask;
                while (words[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                words[slot] = oldWords[i];
            }
        }
    }

    /**
     * The text itself as a word — its length and up to {@link #PACKED_LENGTH} characters of 8 bits each, marked
     * {@link #PACKED} — or {@link #EMPTY} when it is longer or has a wider character. Two texts have the same
     * packed word only if they are the same text.
     */
    static long packed(char[] chars, int offset, int length) {
        if (length > PACKED_LENGTH) {
            return EMPTY;
        }
        long word = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[offset + i];
            if (c > 0xFF) {
                return EMPTY;
            }
            word = word << 8 | c;
        }
        return PACKED | (long) length << 56 | word;
    }

    /** {@link #packed(char[], int, int)} of a string. */
    static long packed(String text) {
        int length = text.length();
        if (length > PACKED_LENGTH) {
            return EMPTY;
        }
        long word = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return EMPTY;
            }
            word = word << 8 | c;
        }
        return PACKED | (long) length << 56 | word;
    }

    /** The word of a text that is not packed: its hash ({@link String#hashCode}'s), marked {@link #HASHED}. */
    private static long hashed(int hash) {
        return HASHED | (hash & 0xFFFFFFFFL);
    }

    /**
     * The slot a word starts its search at, before the mask. Ids written near each other in a file often differ
     * only in their last character (a group's members p481803, p481804, …): a packed text starts its search in
     * the run of eight slots (one cache line of words) that its text without the last character picks, at the
     * place its last character picks, so that looking up a neighbouring id finds that line in the cache.
     */
    static int spread(long word) {
        if ((word & PACKED) != 0) {
            return mix(word >>> 8) & ~7 | (int) (word & 7);
        }
        return mix(word);
    }

    /** All the bits of a word mixed into the low ones. */
    private static int mix(long word) {
        long h = word * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32) ^ (h >>> 17));
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
