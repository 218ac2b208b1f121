package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.history.HistoryLocation;
import fi.perhekeskus.pkcheck.render.Language;
import java.time.Duration;

/**
 * How {@code pkcheck serve} runs: the address and port to bind, the largest upload of one request (a
 * {@code .zip} may unpack to {@link #ZIP_FACTOR} times it), the language of pages where the browser asks for
 * none, how long one check may take, and the history a check may be recorded in ({@code --history}; null:
 * none, and nothing is ever stored).
 */
public record ServeOptions(String host, int port, long maxUpload, Language lang, Duration timeLimit,
                           HistoryLocation history) {

    /** How many times {@link #maxUpload} the files of uploaded archives may unpack to, in all. */
    public static final int ZIP_FACTOR = 10;

    /** The most files an upload may carry, archives' entries included. */
    public static final int MAX_FILES = 1_000;

    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    public ServeOptions {
        if (maxUpload <= 0 || maxUpload > Integer.MAX_VALUE / ZIP_FACTOR) {
            throw new IllegalArgumentException("the upload limit must be between 1 byte and 200M");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535");
        }
    }

    /** Options without a history: nothing is stored. */
    public ServeOptions(String host, int port, long maxUpload, Language lang, Duration timeLimit) {
        this(host, port, maxUpload, lang, timeLimit, null);
    }

    /** The defaults of web.md: 127.0.0.1:8080, 20M, Finnish, 60 s. */
    public static ServeOptions defaults() {
        return new ServeOptions("127.0.0.1", 8080, DEFAULT_MAX_UPLOAD, Language.fi, DEFAULT_TIME_LIMIT);
    }

    /** The largest total of files a request's archives may unpack to. */
    public long maxUnpacked() {
        return maxUpload * ZIP_FACTOR;
    }
}
