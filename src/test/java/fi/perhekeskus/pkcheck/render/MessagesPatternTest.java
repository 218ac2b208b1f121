package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How a message's pattern is filled: counts that come as text, patterns that are plain text or quoted, a user
 * rule package's own patterns (even broken ones), places in workbooks, and arguments written in the language.
 */
class MessagesPatternTest {

    private static final Messages FI = new Messages(Language.fi);

    private static Messages withOwn(Map<String, String> own) {
        return new Messages(Language.fi, Function.identity(), own::get);
    }

    @Test
    void aCountGivenAsTextChoosesThePluralForm() {
        assertEquals("1 ryhmä", FI.get("html.count.group", "1"));
        assertEquals("3 ryhmää", FI.get("html.count.group", "3"));
        assertEquals("Yhteenveto: 1 virhe, 2 varoitusta, 0 huomautusta", FI.get("text.summary", "1", "2", "0"));
    }

    @Test
    void textThatIsNoCountShowsThePatternAndTheArguments() {
        assertEquals("{0, plural, one {# ryhmä} other {# ryhmää}} [monta]", FI.get("html.count.group", "monta"));
    }

    @Test
    void aPatternWithQuotesButNoPlaceholdersIsStillUnquoted() {
        assertEquals("johtamismalli puuttuu: kirjoita aineistoon 'model: <tunnus>' tai anna --model",
                FI.get("error.noModel"));
        assertEquals("Pia kutsutaan", withOwn(Map.of("X-001", "Pia kutsutaan")).get("X-001"));
        assertEquals("'Pia' kutsutaan", withOwn(Map.of("X-001", "''Pia'' kutsutaan")).get("X-001"),
                "a pattern that starts with a quote");
    }

    @Test
    void aUserPatternIcuCannotReadIsShownAsWritten() {
        Messages own = withOwn(Map.of("X-001", "Liian {vähän", "X-002", "it's {broken", "X-003", "{0} paikkaa"));

        assertEquals("Liian {vähän", own.get("X-001", 3));
        assertEquals("it's {broken", own.get("X-002"));
        assertEquals("5 paikkaa", own.get("X-003", 5), "a pattern that starts with a placeholder");
        assertTrue(own.has("X-001"));
        assertTrue(own.has("role.CHAIR"));
        assertFalse(own.has("X-004"));
        assertEquals("X-004", own.get("X-004"), "a key nobody has is shown as it is");
    }

    @Test
    void aProblemInAWorkbookNamesTheCellOrTheRowInTheLanguage() {
        String text = "poikkeuslupatiedostoa ei ole";
        assertEquals("a.xlsx [jäsenet] B12: " + text,
                FI.error(InputException.keyed(Location.cell("a.xlsx", "jäsenet", 12, 2), "error.noWaiverFile")));
        assertEquals("a.xlsx [jäsenet] rivi 12: " + text,
                FI.error(InputException.keyed(Location.cell("a.xlsx", "jäsenet", 12, 0), "error.noWaiverFile")));
        assertEquals("a.yaml:3:7: " + text,
                FI.error(InputException.keyed(new Location("a.yaml", 3, 7), "error.noWaiverFile")));
        assertEquals("a.xlsx [jäsenet] rivi 12", FI.where(Location.cell("a.xlsx", "jäsenet", 12, 0)));
        assertEquals("a.yaml:3", FI.where(new Location("a.yaml", 3, 7)));
    }

    @Test
    void argumentsAreWrittenInTheLanguage() {
        assertEquals("puheenjohtaja", FI.text(Role.CHAIR));
        assertEquals("paikallinen taso tai alueellinen taso", FI.text(List.of(Tier.LOCAL, Tier.REGIONAL)));
        assertEquals("0,50", FI.text(0.5));
        assertEquals("2,25", FI.text(2.25f));
        assertEquals("7", FI.text(7));
    }
}
