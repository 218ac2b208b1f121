package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The word limit holds however the parser reads: a character at a time or into a buffer of any size. */
class WordLimitReaderTest {

    private static final int LIMIT = InputLimits.MAX_WORD_LENGTH;

    private static int readByCharacter(String text) throws IOException {
        try (Reader in = new WordLimitReader(new StringReader(text))) {
            int count = 0;
            while (in.read() >= 0) {
                count++;
            }
            return count;
        }
    }

    private static int readByBuffer(String text, int size) throws IOException {
        try (Reader in = new WordLimitReader(new StringReader(text))) {
            char[] buffer = new char[size];
            int count = 0;
            for (int n = in.read(buffer, 0, size); n >= 0; n = in.read(buffer, 0, size)) {
                count += n;
            }
            return count;
        }
    }

    @Test
    void oneCharacterAtATime() throws IOException {
        String word = "x".repeat(LIMIT);
        assertEquals(2 * LIMIT + 1, readByCharacter(word + "\n" + word));
        WordLimitReader.TooLong tooLong = assertThrows(WordLimitReader.TooLong.class,
                () -> readByCharacter("a\nb\r\n" + word + "x"));
        assertEquals(3, tooLong.line);
    }

    @Test
    void everyCharacterCountsEvenNul() {
        assertThrows(WordLimitReader.TooLong.class, () -> readByCharacter("\0".repeat(LIMIT + 1)));
        assertThrows(WordLimitReader.TooLong.class, () -> readByBuffer("\0".repeat(LIMIT + 1), 8192));
    }

    @Test
    void intoABufferThatTheTextFillsExactly() throws IOException {
        assertEquals(10, readByBuffer("abc de\tfgh", 10));
        assertEquals(LIMIT + 2, readByBuffer("x".repeat(LIMIT) + " y", LIMIT + 2));
    }

    @Test
    void intoABufferAtAnOffset() throws IOException {
        try (Reader in = new WordLimitReader(new StringReader("x".repeat(LIMIT + 1)))) {
            char[] buffer = new char[LIMIT + 10];
            assertThrows(WordLimitReader.TooLong.class, () -> in.read(buffer, 5, LIMIT + 5));
        }
    }

    @Test
    void intoSmallBuffers() {
        WordLimitReader.TooLong tooLong = assertThrows(WordLimitReader.TooLong.class,
                () -> readByBuffer("a\n\nb c\n" + "y".repeat(LIMIT + 1), 4096));
        assertEquals(4, tooLong.line);
    }

    @Test
    void aRunOfSpacesWithinALineStopsAtTheLimitButBlankLinesDoNot() throws IOException {
        String spaces = " ".repeat(LIMIT);
        assertEquals(2 * LIMIT + 1, readByBuffer(spaces + "x" + spaces, 8192));
        assertEquals(2 * LIMIT + 1, readByCharacter(spaces + "\n" + spaces));
        assertEquals(3 * LIMIT, readByBuffer("\n".repeat(3 * LIMIT), 1000));
        WordLimitReader.TooLong tooLong = assertThrows(WordLimitReader.TooLong.class,
                () -> readByBuffer("a\nb\n" + spaces + "\t", 4096));
        assertEquals(3, tooLong.line);
        assertEquals(true, tooLong.blank);
        assertEquals(false, assertThrows(WordLimitReader.TooLong.class,
                () -> readByCharacter("x".repeat(LIMIT + 1))).blank);
    }
}
