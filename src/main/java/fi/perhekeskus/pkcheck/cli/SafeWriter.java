package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.report.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last line of defence of every output format: a writer that replaces each control character (C0 but tab
 * and line feed, DEL, C1), line and paragraph separator and bidirectional control by U+FFFD on its way out. No
 * format pkcheck writes (text, Markdown, CSV, HTML, JSON, SARIF, JUnit XML, GraphML, DOT, Mermaid) uses any of
 * them for its own syntax — JSON escapes C0 itself, XML 1.0 forbids most of C0 — so only text taken from the
 * input can carry them, and there they could steer a terminal, break a document or make text read backwards.
 */
final class SafeWriter extends FilterWriter {

    private final boolean colour;

    SafeWriter(Writer out) {
        this(out, false);
    }

    /**
     * With {@code colour}, the escape character passes: the text report's own colours (it replaces every
     * control character of the data itself, so an escape there can only be its own).
     */
    SafeWriter(Writer out, boolean colour) {
        super(out);
        this.colour = colour;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(safe((char) c));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        char[] copy = null;
        for (int i = 0; i < length; i++) {
            char c = buffer[offset + i];
            char s = safe(c);
            if (s != c && copy == null) {
                copy = java.util.Arrays.copyOfRange(buffer, offset, offset + length);
            }
            if (copy != null) {
                copy[i] = s;
            }
        }
        out.write(copy != null ? copy : buffer, copy != null ? 0 : offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    private char safe(char c) {
        return c != '\n' && c != '\t' && !(colour && c == '\u001b') && SafeText.unsafe(c) ? SafeText.REPLACEMENT : c;
    }
}
