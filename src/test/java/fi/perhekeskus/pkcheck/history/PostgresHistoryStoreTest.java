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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same suite against a real PostgreSQL server: {@code PKCHECK_TEST_PG_URL} (a jdbc:postgresql:// URL,
 * credentials in {@code PKCHECK_DB_USER} and {@code PKCHECK_DB_PASSWORD} or the URL). {@code .ci/run} starts
 * Debian's postgresql and sets it; without it these tests are skipped, saying so. Each test gets a schema of
 * its own, dropped afterwards.
 */
class PostgresHistoryStoreTest extends HistoryStoreContract {

    static final String URL_VARIABLE = "PKCHECK_TEST_PG_URL";

    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void needsAServer() {
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

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv("PKCHECK_DB_USER"), System.getenv("PKCHECK_DB_PASSWORD"));
    }

    /** The environment of a run against the test server. */
    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        for (String name : List.of("PKCHECK_DB_USER", "PKCHECK_DB_PASSWORD")) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
        return env;
    }

    /** A new empty schema on the test server, as a history location whose connections use it. */
    static String freshSchemaUrl(List<String> created) throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        String schema = "pkcheck_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE SCHEMA " + schema);
        }
        created.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    HistoryLocation freshStore() throws SQLException {
        return HistoryLocation.resolve(freshSchemaUrl(schemas), env(), java.nio.file.Path.of(""));
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        try (Connection c = connect(System.getenv(URL_VARIABLE)); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.executeUpdate("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        schemas.clear();
    }
}
