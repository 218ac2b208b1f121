package fi.perhekeskus.pkcheck.render;

/**
 * Makes text from the data (names, ids, messages, file paths) safe to put into GitHub-flavoured Markdown:
 * it stays on one line, stays in its table cell, and shows as the same characters instead of markup.
 */
final class MarkdownText {

    /** Characters a backslash turns into themselves: emphasis, code, links, table cells, headings, math. */
    private static final String PUNCTUATION = "\\`*_[]|#~$";

    private MarkdownText() {
    }

    /**
     * {@code text} for Markdown's inline context (a table cell, a list item, a heading), at most {@code max}
     * characters of it. HTML's specials become entities because GitHub passes inline HTML through.
     */
    static String inline(String text, int max) {
        String plain = shorten(oneLine(text), max);
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (!entity(c, out)) {
                out.append(c);
            }
        }
        // The only markup left that needs a line start: a list item ("- x", "+ x", "1. x") or a setext
        // underline; our text rarely starts a line, but a bundle text might one day put a name first.
        if (!out.isEmpty() && (out.charAt(0) == '-' || out.charAt(0) == '+' || out.charAt(0) == '=')) {
            out.insert(0, '\\');
        }
        int digits = 0;
        while (digits < out.length() && Character.isDigit(out.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        }
        return out.toString();
    }

    /**
     * {@code text} inside an HTML block such as {@code <summary>}, where GitHub does not read Markdown (a
     * backslash would show) but does read HTML.
     */
    static String html(String text, int max) {
        String plain = shorten(oneLine(text), max);
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!entity(c, out)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes the entity for an HTML special, and for {@code @}; false for any other character. */
    private static boolean entity(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            // A zero-width space after @ keeps "@someone" in a name from notifying a GitHub user or team
            // (the same trick as Renovate's); the text still reads the same.
            case '@' -> out.append("@&#8203;");
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Line breaks and other control characters as spaces, so a value cannot end its table row or its
     * HTML block; bidirectional overrides dropped, so a name cannot make the text around it read backwards.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.CONTROL) {
                out.append(' ');
            } else if (!(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** At most {@code max} code points of {@code text}, marked with an ellipsis where it was cut. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
