package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.report.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The last line of defence of every output format: a writer that replaces each control character (C0 but tab
 * and line feed, DEL, C1), line and paragraph separator and bidirectional control by U+FFFD on its way out, a carriage return
 * too unless a line feed follows it (CSV's line ends). No other
 * format pkcheck writes (text, Markdown, CSV, HTML, JSON, SARIF, JUnit XML, GraphML, DOT, Mermaid) uses any of
 * them for its own syntax — JSON escapes C0 itself, XML 1.0 forbids most of C0 — so only text taken from the
 * input can carry them, and there they could steer a terminal, break a document or make text read backwards.
 */
public final class SafeWriter extends FilterWriter {

    private final boolean colour;

    public SafeWriter(Writer out) {
        this(out, false);
    }

    /**
     * With {@code colour}, the escape character passes: the text report's own colours (it replaces every
     * control character of the data itself, so an escape there can only be its own).
     */
    public SafeWriter(Writer out, boolean colour) {
        super(out);
        this.colour = colour;
    }

    /** A carriage return waiting for its line feed: CSV ends its lines with CR LF, and only that pair passes. */
    private boolean pendingReturn;

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        StringBuilder safe = new StringBuilder(length + 1);
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (pendingReturn) {
                pendingReturn = false;
                safe.append(c == '\n' ? '\r' : SafeText.REPLACEMENT);
            }
            if (c == '\r') {
                pendingReturn = true;
            } else {
                safe.append(safe(c));
            }
        }
        out.write(safe.toString());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write(SafeText.REPLACEMENT);
        }
        out.close();
    }

    private char safe(char c) {
        return c != '\n' && c != '\t' && !(colour && c == '\u001b') && SafeText.unsafe(c) ? SafeText.REPLACEMENT : c;
    }
}
