package fi.perhekeskus.pkcheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history store on SQLite, the embedded default: a file created on first use. */
class SqliteHistoryStoreTest extends HistoryStoreContract {

    @TempDir
    Path dir;

    private int stores;

    @Override
    HistoryLocation freshStore() {
        return HistoryLocation.resolve(dir.resolve("store-" + (++stores) + "/history.db").toString(), Map.of(), dir);
    }

    @Test
    void theDefaultIsAFileInTheWorkingDirectoryUnlessTheEnvironmentNamesOne() {
        HistoryLocation byDefault = HistoryLocation.resolve(null, Map.of(), dir);
        assertEquals(HistoryLocation.Kind.SQLITE, byDefault.kind());
        assertEquals("jdbc:sqlite:" + dir.resolve("pkcheck-history.db").toAbsolutePath(), byDefault.jdbcUrl());
        HistoryLocation fromEnv = HistoryLocation.resolve(null, Map.of("PKCHECK_HISTORY", "/srv/h.db"), dir);
        assertEquals("jdbc:sqlite:/srv/h.db", fromEnv.jdbcUrl());
        HistoryLocation option = HistoryLocation.resolve("jdbc:postgresql://db/pk?password=secret",
                Map.of("PKCHECK_HISTORY", "/srv/h.db", "PKCHECK_DB_USER", "pk", "PKCHECK_DB_PASSWORD", "pw"), dir);
        assertEquals(HistoryLocation.Kind.POSTGRESQL, option.kind());
        assertEquals("jdbc:postgresql://db/pk", option.display(), "never shows the URL's parameters");
        assertEquals("pk", option.user());
        assertEquals("pw", option.password());
        assertThrows(HistoryException.class, () -> HistoryLocation.resolve("jdbc:mysql://db/x", Map.of(), dir));
    }

    @Test
    void readingAMissingFileDoesNotCreateIt() {
        HistoryLocation location = freshStore();
        HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.openForReading(location));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        assertFalse(Files.exists(location.file()));
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n".repeat(200));
        HistoryLocation location = HistoryLocation.resolve(file.toString(), Map.of(), dir);
        HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.openForWriting(location));
        assertTrue(e.getMessage().startsWith("history store " + file + ": "), e.getMessage());
        assertEquals("these are my notes, not a database\n".repeat(200), Files.readString(file), "left alone");
    }
}
