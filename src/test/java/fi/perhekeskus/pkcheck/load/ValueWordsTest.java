package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words coordinators type for roles, types and tiers, and the dates they type. */
class ValueWordsTest {

    @ParameterizedTest
    @CsvSource({"puheenjohtaja, CHAIR", "PUHEENJOHTAJA, CHAIR", "ordförande, CHAIR", "Ordforande, CHAIR",
        "CHAIR, CHAIR", "varapuheenjohtaja, VICE_CHAIR", "vice ordförande, VICE_CHAIR", "VICE_CHAIR, VICE_CHAIR",
        "jäsen, MEMBER", "jasen, MEMBER", "medlem, MEMBER", "sihteeri, SECRETARY", "sekreterare, SECRETARY",
        "koordinaattori, COORDINATOR", "johtaja, DIRECTOR"})
    void rolesInFinnishSwedishOrCodesAnyCaseAndAccents(String written, Role role) {
        assertEquals(role, ValueWords.parse(Role.class, written));
    }

    @ParameterizedTest
    @CsvSource({"hyvinvointialue, WELLBEING_REGION", "välfärdsområde, WELLBEING_REGION", "kunta, MUNICIPALITY",
        "kommun, MUNICIPALITY", "järjestö, NGO", "förening, NGO", "seurakunta, PARISH", "församling, PARISH",
        "Kela, KELA", "FPA, KELA", "hiippakunta, DIOCESE", "muu, OTHER", "wellbeing_region, WELLBEING_REGION"})
    void organisationTypes(String written, OrganisationType type) {
        assertEquals(type, ValueWords.parse(OrganisationType.class, written));
    }

    @ParameterizedTest
    @CsvSource({"maakunnallinen, PROVINCIAL", "alueellinen, REGIONAL", "paikallinen, LOCAL", "lokal, LOCAL",
        "LOCAL, LOCAL"})
    void tiers(String written, Tier tier) {
        assertEquals(tier, ValueWords.parse(Tier.class, written));
    }

    @Test
    void aWordOfAnotherKindIsNone() {
        assertNull(ValueWords.parse(Role.class, "kunta"));
        assertNull(ValueWords.parse(Tier.class, "puheenjohtaja"));
    }

    @Test
    void anUnknownWordSuggestsTheNearestInAnyLanguage() {
        assertEquals("puheenjohtaja", ValueWords.suggest(Role.class, "puhenjohtaja"));
        assertEquals("seurakunta", ValueWords.suggest(OrganisationType.class, "seurakunt"));
        assertEquals("CHAIR", ValueWords.suggest(Role.class, "CHIAR"));
        assertNull(ValueWords.suggest(Role.class, "rehtori"));
    }

    @Test
    void templatesShowTheFirstWordOfTheirLanguageAndEnglishTheCode() {
        assertEquals("puheenjohtaja", ValueWords.display(Role.CHAIR, ValueWords.Lang.fi));
        assertEquals("ordförande", ValueWords.display(Role.CHAIR, ValueWords.Lang.sv));
        assertEquals("CHAIR", ValueWords.display(Role.CHAIR, ValueWords.Lang.en));
        assertEquals("järjestö", ValueWords.display(OrganisationType.NGO, ValueWords.Lang.fi));
        for (ValueWords.Lang lang : ValueWords.Lang.values()) {
            Set<String> shown = new HashSet<>();
            for (Enum<?> value : EnumSet.allOf(Role.class)) {
                shown.add(ValueWords.display(value, lang));
                assertEquals(value, ValueWords.parse(Role.class, ValueWords.display(value, lang)));
            }
            assertEquals(Role.values().length, shown.size(), "each word stands for one role");
        }
    }

    @Test
    void everyWordStandsForOneValueOnly() {
        for (Class<? extends Enum<?>> type : java.util.List.of(Role.class, OrganisationType.class, Tier.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (ValueWords.Lang lang : ValueWords.Lang.values()) {
                    for (String word : ValueWords.words(value, lang)) {
                        assertEquals(value, parse(type, word), word);
                    }
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> parse(Class type, String word) {
        return ValueWords.parse(type, word);
    }

    @ParameterizedTest
    @CsvSource({"2024-03-01, 2024-03-01", "1.3.2024, 2024-03-01", "01.03.2024, 2024-03-01", "1.3.2024., 2024-03-01",
        "31.12.2023, 2023-12-31", "' 1.3.2024 ', 2024-03-01"})
    void datesIsoOrFinnish(String written, LocalDate date) {
        assertEquals(date, DateText.parse(written));
    }

    @ParameterizedTest
    @CsvSource({"31.2.2024", "1.3.24", "03/01/2024", "2024-3-1", "2024-02-30", "1.13.2024", "yesterday",
        "0001.0003.2024"})
    void notDates(String written) {
        assertNull(DateText.parse(written));
    }

    @Test
    void numbersAreWrittenAsTheDataFormatWritesThem() {
        assertEquals("20", NumberText.of(20.0));
        assertEquals("0.5", NumberText.of(0.5));
        assertEquals("-3", NumberText.of(-3.0));
        assertEquals("1000000000000000", NumberText.of(1e15));
        assertEquals("NaN", NumberText.of(Double.NaN));
    }
}
