package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report language from the environment (the first of LC_ALL, LC_MESSAGES and LANG that is set decides),
 * and a language review of every Finnish and Swedish golden file (text, Markdown, HTML): what a reader sees
 * holds no placeholder left unfilled, no "(s)"/"(ä)" plural, no ISO date, no decimal point and no English.
 */
class LanguageTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/expected");

    /** What gives a translation away, each with the reason a reviewer would write. */
    private static final Map<String, Pattern> GIVEAWAYS = LanguageReview.GIVEAWAYS;

    static Stream<Path> finnishAndSwedish() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(fi|sv)\\.(txt|md|html)")).sorted()
                    .toList().stream();
        }
    }

    @Test
    void everyLanguageHasReviewedGoldenFiles() throws IOException {
        List<String> names = finnishAndSwedish().map(f -> f.getFileName().toString()).toList();
        for (String lang : new String[] {"fi", "sv"}) {
            for (String ext : new String[] {"txt", "md", "html"}) {
                assertTrue(names.contains("report." + lang + "." + ext), lang + " " + ext + ": " + names);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finnishAndSwedish")
    void readsAsWrittenInItsOwnLanguage(Path golden) throws IOException {
        assertEquals(List.of(), LanguageReview.problems(golden.getFileName().toString(), visibleText(golden)));
    }

    @Test
    void theReviewCatchesWhatItLooksFor() {
        assertTrue(GIVEAWAYS.get("a placeholder plural").matcher("0 ryhmä(ä)").find());
        assertTrue(GIVEAWAYS.get("an ISO date").matcher("päättyi 2023-12-31.").find());
        assertFalse(GIVEAWAYS.get("an ISO date").matcher("kokous north-kr@2024-03-01").find(), "an id");
        assertTrue(GIVEAWAYS.get("a decimal point").matcher("välillisyys 0.68,").find());
        assertFalse(GIVEAWAYS.get("a decimal point").matcher("päättyi 31.12.2023, pkcheck 0.1.0").find());
        assertTrue(GIVEAWAYS.get("an unfilled placeholder or pattern syntax").matcher("{0} ryhmää").find());
        assertTrue(GIVEAWAYS.get("an English word").matcher("1 errors").find());
    }

    /** What a reader sees: the text itself, or an HTML page's text without its styles, scripts and markup. */
    private static String visibleText(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return file.toString().endsWith(".html") ? LanguageReview.visibleText(text) : text;
    }

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
