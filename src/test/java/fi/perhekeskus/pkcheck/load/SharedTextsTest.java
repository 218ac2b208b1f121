package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One instance per short text, found from characters or from a string, within bounds. */
class SharedTextsTest {

    private static char[] chars(String text) {
        return ("..." + text + "..").toCharArray();
    }

    @Test
    void aRepeatedTextIsOneInstanceWhicheverWayItCame() {
        SharedTexts texts = new SharedTexts();
        String first = texts.of(chars("p1"), 3, 2);
        assertEquals("p1", first);
        assertSame(first, texts.of(chars("p1"), 3, 2));
        assertSame(first, texts.of(new String("p1")));
        assertEquals("p12", texts.of(chars("p12"), 3, 3));
        assertNotSame(first, texts.of(chars("p12"), 3, 3));
        assertEquals("", texts.of(chars(""), 3, 0));
        assertEquals(3, texts.size());
    }

    @Test
    void manyTextsAreAllKeptAndFound() {
        SharedTexts texts = new SharedTexts();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            kept.add(texts.of(chars("p" + i), 3, ("p" + i).length()));
        }
        for (int i = 0; i < 5000; i++) {
            assertSame(kept.get(i), texts.of("p" + i));
            assertSame(kept.get(i), texts.of(chars("p" + i), 3, ("p" + i).length()));
        }
        assertEquals(5000, texts.size());
    }

    @Test
    void textsWithTheSameHashAreToldApart() {
        SharedTexts texts = new SharedTexts();
        // "Aa" and "BB" have the same String hash.
        String aa = texts.of("Aa");
        String bb = texts.of(chars("BB"), 3, 2);
        assertEquals("BB", bb);
        assertSame(aa, texts.of(chars("Aa"), 3, 2));
        assertSame(bb, texts.of("BB"));
    }

    @Test
    void aLongTextIsNotKept() {
        SharedTexts texts = new SharedTexts();
        String exact = "x".repeat(SharedTexts.MAX_LENGTH);
        assertSame(texts.of(exact), texts.of(chars(exact), 3, exact.length()));
        String longer = exact + "x";
        String made = texts.of(chars(longer), 3, longer.length());
        assertEquals(longer, made);
        assertNotSame(made, texts.of(chars(longer), 3, longer.length()));
        assertSame(longer, texts.of(longer));
        assertEquals(1, texts.size());
        assertNull(texts.of(null));
    }

    @Test
    void pastItsBoundTextsAreReturnedUnshared() {
        SharedTexts texts = new SharedTexts(2, 0);
        String a = texts.of("a");
        texts.of("b");
        String c = texts.of(chars("c"), 3, 1);
        assertEquals("c", c);
        assertNotSame(c, texts.of(chars("c"), 3, 1));
        assertSame(a, texts.of(chars("a"), 3, 1));
        assertEquals(2, texts.size());
    }

    @Test
    void aTableIsSizedOnceForTheBytesExpected() {
        SharedTexts texts = new SharedTexts();
        assertEquals(1 << 10, texts.capacity());
        texts.expectBytes(200L * 1000);
        assertEquals(1 << 11, texts.capacity());
        texts.expectBytes(200L * 1024);
        assertEquals(1 << 11, texts.capacity());
        texts.expectBytes(200L * 1025);
        assertEquals(1 << 12, texts.capacity());
        texts.expectBytes(10);
        assertEquals(1 << 12, texts.capacity());
        String kept = texts.of("p1");
        texts.expectBytes(200L * 100_000);
        assertEquals(1 << 12, texts.capacity()); // a table in use is not remade
        assertSame(kept, texts.of(chars("p1"), 3, 2));
        assertEquals(1 << 12, new SharedTexts(2000, 1_000_000).capacity());
    }

    @Test
    void aFullTableGrowsAndKeepsEveryText() {
        SharedTexts texts = new SharedTexts();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 513; i++) {
            kept.add(texts.of("t" + i));
        }
        assertEquals(1 << 11, texts.capacity());
        for (int i = 0; i < 513; i++) {
            assertSame(kept.get(i), texts.of(chars("t" + i), 3, ("t" + i).length()));
        }
    }

    @Test
    void theEmptyTextAndATextHashingToOneAreToldApartAndKeptThroughGrowth() {
        SharedTexts texts = new SharedTexts();
        String empty = texts.of(chars(""), 3, 0);
        String one = texts.of(String.valueOf((char) 1)); // hashes to 1, the tag the empty text is kept under
        assertEquals("", empty);
        assertEquals(2, texts.size());
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            kept.add(texts.of(chars("g" + i), 3, ("g" + i).length()));
        }
        assertSame(empty, texts.of(""));
        assertSame(empty, texts.of(chars(""), 3, 0));
        assertSame(one, texts.of(chars(String.valueOf((char) 1)), 3, 1));
        for (int i = 0; i < 2000; i++) {
            assertSame(kept.get(i), texts.of("g" + i));
        }
        assertEquals(2002, texts.size());
    }

    @Test
    void longerTextsWithTheSameHashAreToldApart() {
        SharedTexts texts = new SharedTexts();
        // Each is longer than a packed text, and both have the same String hash.
        String first = texts.of("AaAaAaAa");
        String second = texts.of(chars("BBBBBBBB"), 3, 8);
        assertEquals("AaAaAaAa".hashCode(), "BBBBBBBB".hashCode());
        assertEquals("BBBBBBBB", second);
        assertSame(first, texts.of(chars("AaAaAaAa"), 3, 8));
        assertSame(second, texts.of("BBBBBBBB"));
        assertEquals(2, texts.size());
    }

    @Test
    void shortTextsOfWideCharactersAreKeptByTheirHash() {
        SharedTexts texts = new SharedTexts();
        String omega = texts.of(chars("Ωx"), 3, 2);
        assertSame(omega, texts.of("Ωx"));
        assertNotSame(omega, texts.of(chars("Ωy"), 3, 2));
        assertSame(texts.of("ä1"), texts.of(chars("ä1"), 3, 2)); // below 256: packed
        assertEquals(3, texts.size());
    }

    @Test
    void aPackedWordIsTheTextItself() {
        assertEquals(SharedTexts.packed("p123456"), SharedTexts.packed(chars("p123456"), 3, 7));
        assertNotEquals(SharedTexts.packed("p12345"), SharedTexts.packed("p123456"));
        assertNotEquals(SharedTexts.packed("a"), SharedTexts.packed("\0a"));
        assertNotEquals(SharedTexts.packed(""), SharedTexts.packed("\0"));
        assertNotEquals(0, SharedTexts.packed(""));
        assertEquals(0, SharedTexts.packed("p1234567"));
        assertEquals(0, SharedTexts.packed(chars("p1234567"), 3, 8));
        assertEquals(0, SharedTexts.packed("Ω"));
        assertEquals(0, SharedTexts.packed(chars("Ω"), 3, 1));
        assertNotEquals(0, SharedTexts.packed("ÿ"));
        assertNotEquals(0, SharedTexts.packed(chars("ÿ"), 3, 1));
    }

    @Test
    void idsDifferingInTheirLastCharacterStartInOneRunOfEightSlots() {
        int first = SharedTexts.spread(SharedTexts.packed("p481803"));
        for (String id : List.of("p481800", "p481804", "p481807")) {
            int slot = SharedTexts.spread(SharedTexts.packed(id));
            assertEquals(first & ~7, slot & ~7, id);
            assertEquals(id.charAt(6) & 7, slot & 7, id);
        }
        assertNotEquals(first & ~7, SharedTexts.spread(SharedTexts.packed("p481813")) & ~7);
        // a text of another length, and a hashed text, start elsewhere
        assertNotEquals(first & ~7, SharedTexts.spread(SharedTexts.packed("p48180")) & ~7);
    }

    @Test
    void manyNeighbouringIdsAreAllKeptAndFoundThroughGrowth() {
        SharedTexts texts = new SharedTexts();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            kept.add(texts.of(chars("p" + i), 3, ("p" + i).length()));
        }
        for (int i = 19_999; i >= 0; i--) {
            assertSame(kept.get(i), texts.of("p" + i));
        }
        assertEquals(20_000, texts.size());
        assertEquals(1 << 16, texts.capacity());
    }
}
