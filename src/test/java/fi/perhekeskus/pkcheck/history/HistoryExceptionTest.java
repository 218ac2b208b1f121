package fi.perhekeskus.pkcheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Word;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The databases' English causes, each said in our own words; the English message keeps the driver's. */
class HistoryExceptionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[SQLITE_NOTADB] File opened that is not a database file (file is not a database) | notDatabase",
        "FATAL: password authentication failed for user \"pk\" | login",
        "[SQLITE_READONLY] Attempt to write a readonly database | readOnly",
        "[SQLITE_BUSY] The database file is locked (database is locked) | busy",
        "FATAL: database \"pk\" does not exist | noDatabase",
        "Connection to localhost:5433 refused. Check that the hostname and port are correct | unreachable",
        "Validate failed: Detected applied migration not resolved locally: 9 | newer",
        "something no driver has said yet | other"})
    void eachCauseHasItsWords(String driver, String reason) {
        assertEquals(new Word("history.reason." + reason), HistoryException.reason(driver));
    }

    @Test
    void theMessageIsInTheReadersLanguageAndEnglishKeepsTheDriversWords() {
        HistoryException e = new HistoryException("history store h.db: cannot read the runs (no such table: run)",
                "history.error.read", List.of("h.db", HistoryException.reason("no such table: run"),
                        "no such table: run"), null);
        assertEquals("historiatietokanta h.db: tallennettuja tarkistuksia ei voi lukea (tietokanta ilmoitti virheestä)",
                e.message(new Messages(Language.fi)));
        assertEquals("historikdatabasen h.db: de sparade kontrollerna kan inte läsas (databasen rapporterade ett fel)",
                e.message(new Messages(Language.sv)));
        assertEquals(e.getMessage(), e.message(new Messages(Language.en)));
        HistoryException plain = new HistoryException("history store x: something");
        assertEquals("history store x: something", plain.message(new Messages(Language.fi)));
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSoNotThatTheSchemaCannotBeUpdated() {
        // Port 1 on this machine: nothing listens there, so the connection is refused at once.
        HistoryLocation location = HistoryLocation.resolve("jdbc:postgresql://127.0.0.1:1/pk", Map.of(),
                java.nio.file.Path.of("."));

        HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.openForReading(location));

        assertEquals("history.error.connect", e.key());
        assertTrue(e.getMessage().startsWith("history store jdbc:postgresql://127.0.0.1:1/pk: cannot connect ("),
                e.getMessage());
        assertEquals("historiatietokanta jdbc:postgresql://127.0.0.1:1/pk: yhteyttä ei saada (tietokantapalvelin ei "
                + "vastaa)", e.message(new Messages(Language.fi)));
    }
}
