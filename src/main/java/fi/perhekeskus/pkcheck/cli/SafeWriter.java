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

    /** Where {@link #write(String, int, int)} copies its text to. */
    private final char[] chunk = new char[8192];

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    /**
     * Passes each run of safe characters on as it is, straight from {@code buffer}: a national check's report is
     * tens of megabytes, nearly all of it safe, and copying every chunk into a new string cost as much memory.
     */
    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int end = offset + length;
        int run = offset;
        for (int i = offset; i < end; i++) {
            char c = buffer[i];
            if (pendingReturn) {
                pendingReturn = false;
                out.write(c == '\n' ? '\r' : SafeText.REPLACEMENT);
            }
            // Printable ASCII, nearly all of any report, is safe at a glance.
            if ((c < ' ' || c > '~') && (c == '\r' || safe(c) != c)) {
                out.write(buffer, run, i - run);
                run = i + 1;
                if (c == '\r') {
                    pendingReturn = true;
                } else {
                    out.write(SafeText.REPLACEMENT);
                }
            }
        }
        out.write(buffer, run, end - run);
    }

    /** {@code text} goes through {@link #write(char[], int, int)} a slice at a time, by way of one reused buffer. */
    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int done = 0; done < length; done += chunk.length) {
            int slice = Math.min(chunk.length, length - done);
            text.getChars(offset + done, offset + done + slice, chunk, 0);
            write(chunk, 0, slice);
        }
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
