package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words of {@code pkcheck history} end to end through {@link Main#run}: a region with no checks is named as
 * such, with the regions that have some; Swedish dates in one style; the CSV columns named for what they hold.
 */
class HistoryWordsCliTest {

    @TempDir
    Path temp;

    private String history;

    @BeforeEach
    void recordOneCheck() {
        history = temp.resolve("history.db").toString();
        Cli.Result r = Cli.run("check", TestPaths.repository().resolve("sample-data/pirkanmaa").toString(),
                "--date", "2024-03-01", "--record", "--history", history);
        assertEquals(1, r.exit(), r.err());
    }

    @Test
    void aRegionWithNoChecksIsNamedWithTheRegionsThatHaveSome() {
        Cli.Result fi = Cli.run("history", "--history", history, "--region", "nosuch", "--lang", "fi");
        assertEquals(0, fi.exit(), fi.err());
        assertEquals("Historiassa ei ole tarkistuksia maakunnalta, jonka tunnus on 'nosuch'. Tallennettuja "
                + "tarkistuksia on näillä maakunnilla: pirkanmaa", fi.out().strip());
        Cli.Result sv = Cli.run("history", "--history", history, "--region", "nosuch", "--lang", "sv");
        assertEquals("Historiken har inga kontroller för ett landskap med id:t 'nosuch'. Landskap med sparade "
                + "kontroller: pirkanmaa", sv.out().strip());
        Cli.Result en = Cli.run("history", "--history", history, "--region", "nosuch", "--lang", "en",
                "--format", "html");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().contains("The history holds no checks of a region with the id &#39;nosuch&#39;")
                || en.out().contains("The history holds no checks of a region with the id 'nosuch'"), en.out());
        assertTrue(en.out().contains("Regions with recorded checks: pirkanmaa"), en.out());
        assertFalse(en.out().contains("no checks yet"), en.out());
    }

    @Test
    void anEmptyHistoryStillSaysItHoldsNoChecksYet() throws Exception {
        Path empty = temp.resolve("empty.db");
        Files.copy(Path.of(history), empty);
        // A store with no runs: the copy's one run deleted, and what hangs on it.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + empty);
             var statement = c.createStatement()) {
            for (String table : java.util.List.of("run_cells", "findings", "runs")) {
                statement.execute("DELETE FROM " + table);
            }
        }
        Cli.Result r = Cli.run("history", "--history", empty.toString(), "--region", "pirkanmaa", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("The history holds no checks yet."), r.out());
    }

    @Test
    void swedishHistoryWritesEveryDateInOneStyle() {
        Cli.Result sv = Cli.run("history", "--history", history, "--lang", "sv");
        assertEquals(0, sv.exit(), sv.err());
        assertFalse(Pattern.compile("\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
                + "|november|december) \\d{4}").matcher(sv.out()).find(), sv.out());
        Matcher line = Pattern.compile("#1 +sparad (\\S+) kl\\. \\S+ +kontrolldatum (\\S+)").matcher(sv.out());
        assertTrue(line.find() || sv.out().contains("1.3.2024"), sv.out());
        assertTrue(sv.out().contains("1.3.2024"), "the check date as the reports write it: " + sv.out());
        Cli.Result html = Cli.run("history", "--history", history, "--lang", "sv", "--format", "html");
        assertFalse(Pattern.compile("\\d{1,2} (mars|december) \\d{4}").matcher(html.out()).find(), html.out());
    }

    @Test
    void theCsvColumnsAreNamedForWhatTheyHold() {
        String fi = Cli.run("history", "--history", history, "--lang", "fi", "--format", "csv").out();
        String header = fi.lines().findFirst().orElseThrow();
        assertTrue(header.contains(";Virheet;Varoitukset;Huomautukset;"), header);
        assertFalse(header.contains("Tiedot"), header);
        String sv = Cli.run("history", "--history", history, "--lang", "sv", "--format", "csv").out();
        assertTrue(sv.lines().findFirst().orElseThrow().contains(";Noteringar;"), sv);
    }
}
