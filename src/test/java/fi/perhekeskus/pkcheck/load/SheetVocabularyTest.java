package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sheet names from CSV file names, and the header words a did-you-mean may offer for a sheet's columns. */
class SheetVocabularyTest {

    @Test
    void theSheetOfACsvFileIsItsWholeNameOrThePartAfterADash() {
        assertEquals("members", SheetVocabulary.csvSheet("jäsenet"));
        assertEquals("members", SheetVocabulary.csvSheet("-jäsenet"), "an empty part before the dash");
        assertEquals("members", SheetVocabulary.csvSheet("verkosto-2024-jäsenet"));
        assertNull(SheetVocabulary.csvSheet("verkosto-2024"));
    }

    @Test
    void aSheetsNameIsATypoOnlyOneLetterAwayFromASheetsName() {
        for (String[] typo : new String[][] {{"Jäsnet", "members"}, {"Kokouset", "meetings"}, {"Henkilö", "people"},
                {"Ryhmä", "groups"}, {"Medlemar", "members"}, {"Organisatiot", "organisations"},
                {"Kohtaamispaikka", "meetingPlaces"}, {"Jäsenet (2)", "members"}}) {
            assertEquals(typo[1], SheetVocabulary.closestSheet(typo[0]), typo[0]);
        }
        for (String own : List.of("Muistiinpanot", "Muistio", "Kommentit", "Tiedot 2024", "Vanhat", "Arkisto",
                "Lista", "Ohje", "Ohjet", "Kokous", "Yhteenveto", "Taul1", "Blad1", "Sheet1", "Sivu1", "Alue", "Kunta",
                "Notes", "Data", "Personal", "Henkilöstö", "Taulukko1", "Yhteystiedot")) {
            assertNull(SheetVocabulary.closestSheet(own), own);
        }
    }

    @Test
    void theUsualWordOfAColumnRanksFirst() {
        assertEquals(0, SheetVocabulary.columnRank("Person"));
        assertEquals(true, SheetVocabulary.columnRank("Henkilö") < SheetVocabulary.columnRank("Jäsen"));
        assertEquals(true, SheetVocabulary.columnRank("Varajäsen") < SheetVocabulary.columnRank("Varahenkilö"));
        assertEquals(Integer.MAX_VALUE, SheetVocabulary.columnRank("Puhelin"));
    }

    @Test
    void theHeaderWordsAreThoseOfTheSheetsOwnColumnsInEveryLanguage() {
        assertEquals(List.of("beteckning", "id", "name", "namn", "nimi", "tunnus"),
                List.copyOf(SheetVocabulary.columnWords(Set.of("id", "name"))));
    }

    @Test
    void aTermsStartAndEndAreReadUnderTheHeadersCoordinatorsGiveThem() {
        for (String start : List.of("Alkaa", "Alkupäivä", "alkupvm", "Voimassa alkaen", "Från", "Börjar", "Startdatum",
                "Start date")) {
            assertEquals("from", SheetVocabulary.column(start), start);
        }
        for (String end : List.of("Päättyy", "Loppupäivä", "loppupvm", "Voimassa asti", "Till", "Slutar", "Slutdatum",
                "End date")) {
            assertEquals("until", SheetVocabulary.column(end), end);
        }
        assertNull(SheetVocabulary.column("Huomiot"), "a notes column is no data column");
    }

    /** What a Finnish or Swedish template or conversion heads its sheets and columns with is read back as written. */
    @Test
    void everyHeadingOfEveryLanguageReadsBackAsItsKey() {
        for (ValueWords.Lang lang : ValueWords.Lang.values()) {
            for (String sheet : SheetVocabulary.SHEETS) {
                assertEquals(sheet, SheetVocabulary.sheet(SheetVocabulary.heading(sheet, lang)), lang + " " + sheet);
                assertEquals(sheet, SheetVocabulary.csvSheet(SheetVocabulary.heading(sheet, lang)), lang + " " + sheet);
                for (String column : SheetVocabulary.COLUMNS.get(sheet)) {
                    assertEquals(column, SheetVocabulary.column(SheetVocabulary.heading(column, lang)),
                            lang + " " + column);
                }
            }
            for (String key : SheetVocabulary.DATASET_KEYS) {
                assertEquals(key, SheetVocabulary.column(SheetVocabulary.heading(key, lang)), lang + " " + key);
            }
            assertEquals(SheetVocabulary.DATASET, SheetVocabulary.sheet(SheetVocabulary.heading("dataset", lang)));
            assertEquals(SheetVocabulary.INSTRUCTIONS,
                    SheetVocabulary.sheet(SheetVocabulary.heading("instructions", lang)));
        }
        assertEquals("Jäsenet", SheetVocabulary.heading("members", ValueWords.Lang.fi));
        assertEquals("Mötesplatser", SheetVocabulary.heading("meetingPlaces", ValueWords.Lang.sv));
        assertEquals("meetingPlaces", SheetVocabulary.heading("meetingPlaces", ValueWords.Lang.en));
        assertEquals("huomautukset", SheetVocabulary.heading("huomautukset", ValueWords.Lang.fi),
                "a column of the user's own keeps its name");
    }
}
