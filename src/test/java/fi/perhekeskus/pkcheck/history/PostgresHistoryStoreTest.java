package fi.perhekeskus.pkcheck.history;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same suite against a real PostgreSQL server (see {@link TestPostgres}; skipped, saying why, when none is
 * reachable). Each test gets a schema of its own, dropped afterwards.
 */
class PostgresHistoryStoreTest extends HistoryStoreContract {

    private final TestPostgres server = new TestPostgres();

    @BeforeAll
    static void needsAServer() {
        TestPostgres.assumeReachable();
    }

    @Override
    HistoryLocation freshStore() throws SQLException {
        return HistoryLocation.resolve(server.freshStoreUrl(), TestPostgres.env(), Path.of(""));
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        server.dropAll();
    }
}
