package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report language from the environment: the first of LC_ALL, LC_MESSAGES and LANG that is set decides. */
class LanguageTest {

    @Test
    void theFirstVariableSetDecides() {
        assertEquals(Language.fi, Language.fromEnvironment(Map.of("LC_ALL", "fi_FI.UTF-8", "LANG", "sv_SE.UTF-8")));
        assertEquals(Language.sv, Language.fromEnvironment(Map.of("LC_MESSAGES", "sv_FI", "LANG", "fi_FI")));
        assertEquals(Language.en, Language.fromEnvironment(Map.of("LC_ALL", "C.UTF-8", "LANG", "fi_FI")));
        assertEquals(Language.fi, Language.fromEnvironment(Map.of("LANG", "FI")));
    }

    @Test
    void blankVariablesAreNotSet() {
        assertEquals(Language.sv, Language.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "  ", "LANG", "sv")));
        assertEquals(Language.en, Language.fromEnvironment(Map.of()));
        assertEquals(Language.en, Language.fromEnvironment(Map.of("LANGUAGE", "fi")));
    }

    @Test
    void eachLanguageHasItsLocale() {
        assertEquals("fi", Language.fi.locale().getLanguage());
        assertEquals("sv", Language.sv.locale().getLanguage());
        assertEquals("en", Language.en.locale().getLanguage());
    }
}
