package fi.perhekeskus.pkcheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The time a run was recorded, as the history's CSV writes it for a spreadsheet: in the reader's zone. */
class HistoryWordsTest {

    @Test
    void aRecordedTimeIsADateAndTimeASpreadsheetReadsInTheReadersZone() {
        Instant recorded = Instant.parse("2026-12-06T12:31:23Z");
        assertEquals("2026-12-06 14:31:23",
                new HistoryWords(new Messages(Language.fi), ZoneId.of("Europe/Helsinki")).stamp(recorded));
        assertEquals("2026-07-06 15:31:23", new HistoryWords(new Messages(Language.sv),
                ZoneId.of("Europe/Helsinki")).stamp(Instant.parse("2026-07-06T12:31:23Z")), "summer time");
        assertEquals("2026-12-06 12:31:23", new HistoryWords(new Messages(Language.en), ZoneId.of("UTC"))
                .stamp(recorded));
    }
}
