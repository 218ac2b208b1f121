package fi.perhekeskus.pkcheck.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: {@code PKCHECK_TEST_PG_URL} (a jdbc:postgresql:// URL, credentials in
 * {@code PKCHECK_DB_USER} and {@code PKCHECK_DB_PASSWORD} or the URL). {@code .ci/run} starts Debian's postgresql
 * and sets them; without them the PostgreSQL tests are skipped, saying so. Each store is a schema of its own,
 * dropped by {@link #dropAll}.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "PKCHECK_TEST_PG_URL";

    private final List<String> schemas = new ArrayList<>();

    /** Skips the calling test (or class) unless a server answers. */
    public static void assumeReachable() {
        String url = System.getenv(URL_VARIABLE);
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL server to test against: set " + URL_VARIABLE
                + " (and PKCHECK_DB_USER, PKCHECK_DB_PASSWORD) as .ci/run does");
        try (Connection c = connect(url)) {
            assumeTrue(c.isValid(5), "PostgreSQL at " + HistoryLocation.withoutParameters(url) + " does not answer");
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL at " + HistoryLocation.withoutParameters(url) + " is not reachable: "
                    + e.getMessage());
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv("PKCHECK_DB_USER"), System.getenv("PKCHECK_DB_PASSWORD"));
    }

    /** The environment of a pkcheck run against the test server: its credentials. */
    public static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        for (String name : List.of("PKCHECK_DB_USER", "PKCHECK_DB_PASSWORD")) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
        return env;
    }

    /** A new, empty schema on the test server, as the URL of a store that uses it. */
    public String freshStoreUrl() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        String schema = "pkcheck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops every schema this instance made. */
    public void dropAll() throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = connect(System.getenv(URL_VARIABLE)); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.executeUpdate("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        schemas.clear();
    }
}
