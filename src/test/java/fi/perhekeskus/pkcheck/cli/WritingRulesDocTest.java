package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/writing-rules.md, taken from the page itself: its ```drl block and its ```properties
 * blocks are written into a directory and passed with --rules, and the finding appears with its own message in
 * Finnish, Swedish and English.
 */
class WritingRulesDocTest {

    private static final Pattern BLOCK = Pattern.compile("```(drl|properties)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path temp;

    private Path rules;

    @BeforeEach
    void extract() throws IOException {
        String doc = Files.readString(TestPaths.repository().resolve("docs/writing-rules.md"), StandardCharsets.UTF_8);
        rules = Files.createDirectories(temp.resolve("my-rules"));
        Matcher m = BLOCK.matcher(doc);
        List<String> written = new ArrayList<>();
        while (m.find()) {
            String body = m.group(2);
            String name = m.group(1).equals("drl") ? "local.drl" : body.lines().findFirst().orElseThrow()
                    .replace("#", "").trim();
            Files.writeString(rules.resolve(name), body, StandardCharsets.UTF_8);
            written.add(name);
        }
        assertEquals(List.of("local.drl", "messages.properties", "messages_fi.properties", "messages_sv.properties"),
                written);
    }

    @Test
    void theExampleFindsItsGapWithItsOwnMessageInEveryLanguage() throws IOException {
        Path data = TestPaths.resource("compliant/pirkanmaa");
        Map<String, String> expected = Map.of(
                "en", "The local group ", "fi", "Paikallisella ryhmällä ", "sv", "Den lokala gruppen ");
        for (var lang : expected.entrySet()) {
            Cli.Result result = Cli.run("check", data.toString(), "--rules", rules.toString(), "--lang", lang.getKey(),
                    "--date", "2024-03-01", "--format", "json", "--fail-on", "error");
            assertEquals(0, result.exit(), result.err());
            JsonNode report = new ObjectMapper().readTree(result.out());
            int found = 0;
            for (JsonNode f : report.get("findings")) {
                assertEquals("LOCAL-101", f.get("rule").asText(), "the compliant network has only the new gap");
                assertEquals("WARNING", f.get("severity").asText());
                assertEquals("group", f.get("subject").get("type").asText());
                String message = f.get("message").asText();
                assertTrue(message.startsWith(lang.getValue()), lang.getKey() + ": " + message);
                assertFalse(message.contains("LOCAL-101"), "never the key: " + message);
                found++;
            }
            assertTrue(found > 0, "no LOCAL-101 finding in " + lang.getKey());
        }
    }

    @Test
    void rulesListsTheUserRuleWithItsTitle() {
        Cli.Result fi = Cli.run("rules", "--rules", rules.toString(), "--lang", "fi");
        assertEquals(0, fi.exit(), fi.err());
        assertTrue(fi.out().lines().anyMatch(l -> l.matches("LOCAL-101 +VAROITUS +Paikallisella ryhmällä ei ole "
                + "varapuheenjohtajaa")), fi.out());
        Cli.Result sv = Cli.run("rules", "--rules", rules.toString(), "--lang", "sv");
        assertTrue(sv.out().contains("En lokal grupp har ingen vice ordförande"), sv.out());
    }

    @Test
    void aLanguageThePackageLacksFallsBackToEnglish() throws IOException {
        Files.delete(rules.resolve("messages_sv.properties"));
        Cli.Result sv = Cli.run("check", TestPaths.resource("compliant/pirkanmaa").toString(), "--rules",
                rules.toString(), "--lang", "sv", "--date", "2024-03-01", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(sv.out());
        assertTrue(report.get("findings").get(0).get("message").asText().startsWith("The local group "), sv.out());
    }
}
