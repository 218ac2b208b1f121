package fi.perhekeskus.pkcheck.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a YAML file at the first run of more than {@link InputLimits#MAX_WORD_LENGTH} characters without a
 * space or a line break, and at the first run of more than as many spaces and tabs within a line. SnakeYAML's
 * scanner copies its window for every buffer it reads within one such run (it peeks ahead from a point that
 * does not move), so a single 30 MB word, or a 16 MB file that is one run of spaces, takes minutes; no value
 * of a network's data comes near the limit.
 */
final class WordLimitReader extends FilterReader {

    /** Thrown through the parser, which wraps it; {@link TreeReader} finds it among the causes. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        final int line;
        /** Whether the run was of spaces and line breaks rather than of other characters. */
        final boolean blank;

        TooLong(int line, boolean blank) {
            super("a run of more than " + InputLimits.MAX_WORD_LENGTH + (blank ? " spaces in a row"
                    : " characters without a space"));
            this.line = line;
            this.blank = blank;
        }
    }

    private int run;
    private int blanks;
    private int line = 1;

    WordLimitReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) throws TooLong {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            run = 0;
            if (c == '\n') {
                // A line break moves the scanner on: blank lines cost nothing extra, only spaces within a line.
                line++;
                blanks = 0;
            } else if (++blanks > InputLimits.MAX_WORD_LENGTH) {
                throw new TooLong(line, true);
            }
        } else {
            blanks = 0;
            if (++run > InputLimits.MAX_WORD_LENGTH) {
                throw new TooLong(line, false);
            }
        }
    }
}
