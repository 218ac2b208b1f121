package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Term dates read as DateText reads them, an ISO date kept once by its digits. */
class DateCacheTest {

    @Test
    void anIsoDateIsOneInstance() {
        DateCache dates = new DateCache();
        LocalDate first = dates.parse("2024-03-01");
        assertEquals(LocalDate.of(2024, 3, 1), first);
        assertSame(first, dates.parse(new String("2024-03-01")));
        assertEquals(LocalDate.of(2024, 3, 2), dates.parse("2024-03-02"));
        assertEquals(2, dates.size());
    }

    @Test
    void manyDatesAreAllKeptAndFound() {
        DateCache dates = new DateCache();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 3000; i++) {
            assertEquals(start.plusDays(i), dates.parse(start.plusDays(i).toString()));
        }
        assertEquals(3000, dates.size());
        for (int i = 0; i < 3000; i++) {
            assertSame(dates.parse(start.plusDays(i).toString()), dates.parse(start.plusDays(i).toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-3-01", "2024-03-1", "1.3.2024", "01.03.2024.", " 2024-03-01", "2024-03-01 ",
        "2024/03/01", "2024-02-30", "20x4-03-01", "2024-0a-01", "2024-03-0:", "", "2024-03-011", "abcd-ef-gh"})
    void everyOtherTextIsReadAsDateTextReadsIt(String text) {
        DateCache dates = new DateCache();
        assertEquals(DateText.parse(text), dates.parse(text));
        assertEquals(DateText.parse(text), dates.parse(text));
        assertEquals(0, dates.size());
    }

    @Test
    void aFinnishDateIsParsedEachTime() {
        DateCache dates = new DateCache();
        LocalDate first = dates.parse("1.3.2024");
        assertEquals(LocalDate.of(2024, 3, 1), first);
        assertNotSame(first, dates.parse("1.3.2024"));
    }

    @Test
    void theKeyIsTheDigits() {
        assertEquals(20240301 + 1, DateCache.isoKey("2024-03-01"));
        assertEquals(1, DateCache.isoKey("0000-00-00"));
        assertEquals(-1, DateCache.isoKey("2024-03-01x"));
        assertEquals(-1, DateCache.isoKey("2024x03-01"));
        assertEquals(-1, DateCache.isoKey("2024-03x01"));
        assertEquals(-1, DateCache.isoKey("2024-03-/1"));
    }

    @Test
    void pastItsBoundDatesAreParsedNotKept() {
        DateCache dates = new DateCache(1);
        LocalDate kept = dates.parse("2024-03-01");
        LocalDate other = dates.parse("2024-03-02");
        assertEquals(LocalDate.of(2024, 3, 2), other);
        assertNotSame(other, dates.parse("2024-03-02"));
        assertSame(kept, dates.parse("2024-03-01"));
        assertEquals(1, dates.size());
        assertNull(dates.parse("2024-13-01"));
    }
}
