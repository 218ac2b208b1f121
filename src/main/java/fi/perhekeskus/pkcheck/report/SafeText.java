package fi.perhekeskus.pkcheck.report;

/**
 * Text taken from input made safe to show anywhere: control characters (C0 and C1, DEL), line and paragraph
 * separators, and the bidirectional controls that make text read differently than it is stored (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are replaced by U+FFFD, so a value can neither steer a
 * terminal, forge a line of a log, break an XML document nor make the text around it read backwards. Every
 * output format runs text from the data through it; where a format allows line breaks in a value, they may
 * be kept.
 */
public final class SafeText {

    /** What an unsafe character becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** Whether {@code c} is never written as it is. */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\u061C'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFFFE' || c == '\uFFFF';
    }

    /** {@code text} with every unsafe character replaced; null stays null. */
    public static String scrub(String text) {
        return scrub(text, false);
    }

    /**
     * {@code text} with every unsafe character replaced, except tabs and line feeds when {@code keepLines}; an
     * unpaired surrogate (not valid in XML or UTF-8) is replaced as well. Null stays null.
     */
    public static String scrub(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean bad = unsafe(c) && !(keepLines && (c == '\n' || c == '\t'));
            if (!bad && Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                bad = !paired;
            }
            if (bad && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
