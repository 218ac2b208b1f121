package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.load.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages a user rule package ships in its --rules directory: per language, English as the fallback. */
class RuleMessagesTest {

    @TempDir
    Path temp;

    private Path dir(String name, String... fileAndText) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < fileAndText.length; i += 2) {
            Files.writeString(dir.resolve(fileAndText[i]), fileAndText[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void eachLanguageReadsItsOwnFileAndFallsBackToEnglish() throws IOException {
        Path rules = dir("rules",
                "messages.properties", "X-001.title=Too few seats\nX-001.hint=Add a seat\n",
                "messages_fi.properties", "X-001.title=Liian vähän paikkoja\n",
                "messages_sv.properties", "X-001.title=För få platser\n");
        RuleMessages messages = RuleMessages.load(List.of(rules));

        assertEquals("Liian vähän paikkoja", messages.get("fi", "X-001.title"));
        assertEquals("För få platser", messages.get("sv", "X-001.title"));
        assertEquals("Too few seats", messages.get("en", "X-001.title"));
        assertEquals("Add a seat", messages.get("fi", "X-001.hint"), "a key Finnish lacks comes from English");
        assertEquals("Add a seat", messages.in("sv").apply("X-001.hint"));
        assertEquals("För få platser", messages.in("sv").apply("X-001.title"));
        assertNull(messages.get("fi", "X-002.title"), "a key no file has is not the package's");
        assertNull(messages.in("en").apply("X-002.title"));
    }

    @Test
    void anEnglishFileWithItsSuffixCountsAsEnglish() throws IOException {
        Path rules = dir("rules", "messages_en.properties", "X-001.title=Too few seats\n");
        RuleMessages messages = RuleMessages.load(List.of(rules));

        assertEquals("Too few seats", messages.get("en", "X-001.title"));
        assertEquals("Too few seats", messages.get("fi", "X-001.title"));
    }

    @Test
    void aLaterDirectoryReplacesAnEarlierOnesKeyAndKeepsTheRest() throws IOException {
        Path first = dir("first", "messages_fi.properties", "A.title=Ensimmäinen\nB.title=Vain ensimmäisessä\n");
        Path second = dir("second", "messages_fi.properties", "A.title=Toinen\n");
        RuleMessages messages = RuleMessages.load(List.of(first, second));

        assertEquals("Toinen", messages.get("fi", "A.title"));
        assertEquals("Vain ensimmäisessä", messages.get("fi", "B.title"));
        assertNull(messages.get("sv", "A.title"), "Swedish has no file and English no key");
    }

    @Test
    void directoriesWithoutMessagesGiveNone() throws IOException {
        Path empty = dir("empty", "rules.drl", "package x;\n");
        Files.createDirectories(empty.resolve("messages.properties.d"));

        assertSame(RuleMessages.NONE, RuleMessages.load(List.of(empty)));
        assertSame(RuleMessages.NONE, RuleMessages.load(List.of()));
        assertNull(RuleMessages.NONE.get("fi", "anything"));
    }

    @Test
    void aDirectoryNamedLikeAMessagesFileIsNoFile() throws IOException {
        Path rules = dir("rules", "messages.properties", "A.title=English\n");
        Files.createDirectories(rules.resolve("messages_fi.properties"));
        Files.createDirectories(rules.resolve("messages_en.properties"));

        RuleMessages messages = RuleMessages.load(List.of(rules));

        assertEquals("English", messages.get("fi", "A.title"));
    }

    @Test
    void aFileThatIsNotUtf8IsOneLineNamingIt() throws IOException {
        Path rules = dir("rules");
        Path file = rules.resolve("messages_fi.properties");
        Files.write(file, "A.title=Liian v\u00e4h\u00e4n\n".getBytes(StandardCharsets.ISO_8859_1));

        InputException e = assertThrows(InputException.class, () -> RuleMessages.load(List.of(rules)));

        assertEquals(file + ": the rule messages are not UTF-8", e.getMessage());
    }

    @Test
    void aMalformedEscapeIsOneLineNamingTheFile() throws IOException {
        Path rules = dir("rules", "messages.properties", "A.title=\\uZZZZ\n");

        InputException e = assertThrows(InputException.class, () -> RuleMessages.load(List.of(rules)));

        assertTrue(e.getMessage().startsWith(rules.resolve("messages.properties") + ": cannot read the rule messages ("),
                e.getMessage());
    }
}
