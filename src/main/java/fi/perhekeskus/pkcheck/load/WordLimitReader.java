package fi.perhekeskus.pkcheck.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a YAML file at the first run of more than {@link InputLimits#MAX_WORD_LENGTH} characters without a
 * space or a line break. SnakeYAML's scanner copies its window for every buffer it reads within one such run,
 * so a single 30 MB word takes minutes; no value of a network's data comes near the limit.
 */
final class WordLimitReader extends FilterReader {

    /** Thrown through the parser, which wraps it; {@link TreeReader} finds it among the causes. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        final int line;

        TooLong(int line) {
            super("a run of more than " + InputLimits.MAX_WORD_LENGTH + " characters without a space");
            this.line = line;
        }
    }

    private int run;
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
                line++;
            }
        } else if (++run > InputLimits.MAX_WORD_LENGTH) {
            throw new TooLong(line);
        }
    }
}
