package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text from the data made safe for a Markdown line: the edges of each escape and of each dropped character. */
class MarkdownTextTest {

    @Test
    void aNumberAtTheStartIsEscapedOnlyWhereItWouldStartAList() {
        assertEquals("2024", MarkdownText.inline("2024", 50));
        assertEquals("1\\. item", MarkdownText.inline("1. item", 50));
        assertEquals("12\\) item", MarkdownText.inline("12) item", 50));
        assertEquals("12a. item", MarkdownText.inline("12a. item", 50));
        assertEquals("a1. item", MarkdownText.inline("a1. item", 50));
        assertEquals("\\- x", MarkdownText.inline("- x", 50));
        assertEquals("\\+ x", MarkdownText.inline("+ x", 50));
        assertEquals("\\=", MarkdownText.inline("=", 50));
        assertEquals("", MarkdownText.inline("", 50));
    }

    @Test
    void lineBreaksBecomeSpacesAndDirectionControlsAreDropped() {
        assertEquals("a b c d", MarkdownText.oneLine("a\u2028b\u2029c\u0085d"));
        assertEquals("abcdefg", MarkdownText.oneLine("a\u202Ab\u202Cc\u202Ed\u2066e\u2067f\u2069g"));
        assertEquals("\u2027\u202F\u2065\u206A", MarkdownText.oneLine("\u2027\u202F\u2065\u206A"));
        assertEquals("x y", MarkdownText.oneLine("x\ty"));
    }

    @Test
    void longTextIsCutByCodePoints() {
        assertEquals("abc", MarkdownText.shorten("abc", 3));
        assertEquals("ab…", MarkdownText.shorten("abcd", 3));
        assertEquals("😀😀…", MarkdownText.shorten("😀😀😀😀", 3));
        assertEquals("😀😀😀", MarkdownText.shorten("😀😀😀", 3));
    }
}
