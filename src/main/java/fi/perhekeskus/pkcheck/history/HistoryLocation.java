package fi.perhekeskus.pkcheck.history;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the history is kept: a SQLite file (created on first use) or a PostgreSQL server named by a
 * {@code jdbc:postgresql://} URL. PostgreSQL credentials come from {@code PKCHECK_DB_USER} and
 * {@code PKCHECK_DB_PASSWORD} or the URL's own parameters, never from the command line.
 *
 * @param display how messages name the store: the file's path, or the URL without its parameters
 */
public record HistoryLocation(Kind kind, String jdbcUrl, String display, String user, String password) {

    /** The store's database. */
    public enum Kind { SQLITE, POSTGRESQL }

    /** The default store: this file in the current directory. */
    public static final String DEFAULT_FILE = "pkcheck-history.db";

    /** The environment variable that names the store when no option does. */
    public static final String ENV = "PKCHECK_HISTORY";

    /**
     * The store the option names, else {@code PKCHECK_HISTORY}, else {@code pkcheck-history.db} in
     * {@code workingDirectory}.
     *
     * @throws HistoryException for a JDBC URL of another database
     */
    public static HistoryLocation resolve(String option, Map<String, String> env, Path workingDirectory) {
        String given = option != null && !option.isBlank() ? option.trim()
                : env.get(ENV) != null && !env.get(ENV).isBlank() ? env.get(ENV).trim() : null;
        if (given == null) {
            return sqlite(workingDirectory.resolve(DEFAULT_FILE));
        }
        if (given.startsWith("jdbc:postgresql:")) {
            return new HistoryLocation(Kind.POSTGRESQL, given, withoutParameters(given),
                    blankToNull(env.get("PKCHECK_DB_USER")), blankToNull(env.get("PKCHECK_DB_PASSWORD")));
        }
        if (given.startsWith("jdbc:")) {
            throw new HistoryException("history store " + withoutParameters(given)
                    + ": only a file path (SQLite) or a jdbc:postgresql:// URL can hold the history",
                    "history.error.notStore", java.util.List.of(withoutParameters(given)), null);
        }
        return sqlite(workingDirectory.resolve(given));
    }

    private static HistoryLocation sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new HistoryLocation(Kind.SQLITE, "jdbc:sqlite:" + absolute, file.toString(), null, null);
    }

    /** A URL as messages may show it: the parameters (which may hold a password) left out. */
    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The SQLite file of this store; only for {@link Kind#SQLITE}. */
    public Path file() {
        return Path.of(jdbcUrl.substring("jdbc:sqlite:".length()));
    }

    @Override
    public String toString() {
        return display;
    }
}
