package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pkcheck network} through the command line, as a user runs it. */
class NetworkCliTest {

    private static final String SAMPLE = "sample-data/pirkanmaa";

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "graphml", "dot", "mermaid", "html"})
    void everyFormatIsAnonymisedAndRepeatable(String format) {
        Cli.Result first = Cli.run("network", SAMPLE, "--date", "2024-03-01", "--format", format, "--lang", "en");
        assertEquals(0, first.exit(), first.err());
        assertFalse(first.out().isBlank());
        // p001 is Outi Toivonen in the sample: neither her id nor her name may appear without --names.
        assertFalse(first.out().contains("Outi Toivonen"), "no names by default");
        assertFalse(first.out().contains("person:p001"), "no ids by default");
        assertTrue(first.out().contains("H-"), "pseudonyms instead");
        Cli.Result second = Cli.run("network", SAMPLE, "--date", "2024-03-01", "--format", format, "--lang", "en");
        assertEquals(first.out(), second.out(), "same input, same bytes");
    }

    @Test
    void textAnswersThePilotsQuestions() {
        Cli.Result r = Cli.run("network", SAMPLE, "--date", "2024-03-01", "--lang", "en");
        assertTrue(r.out().contains("Which well-connected group would best support the network?"));
        assertTrue(r.out().contains("Which actors should be brought closer together?"));
        assertTrue(r.out().contains("is the best-connected group"));
        Cli.Result fi = Cli.run("network", SAMPLE, "--date", "2024-03-01", "--lang", "fi");
        assertTrue(fi.out().contains("Mitkä tahot verkostossa olisi hyvä tuoda tiiviimmin yhteen?"));
    }

    @Test
    void namesWhenAsked() {
        Cli.Result r = Cli.run("network", SAMPLE, "--date", "2024-03-01", "--format", "graphml", "--names");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Outi Toivonen"));
        assertTrue(r.out().contains("person:p001"));
    }

    @Test
    void pseudonymKeyChangesPseudonyms() {
        Cli.Result plain = Cli.run("network", SAMPLE, "--date", "2024-03-01", "--format", "json");
        Cli.Result keyed = Cli.run(Map.of("PKCHECK_PSEUDONYM_KEY", "secret"), false, "network", SAMPLE, "--date",
                "2024-03-01", "--format", "json");
        assertEquals(0, keyed.exit());
        assertFalse(plain.out().equals(keyed.out()));
    }

    @Test
    void writesToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("map.html");
        Cli.Result r = Cli.run("network", SAMPLE, "--date", "2024-03-01", "--format", "html", "-o", file.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"network-data\">"));
    }

    @Test
    void badInputIsExitTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, Cli.run("network", dir.resolve("missing").toString()).exit());
        assertEquals(2, Cli.run("network", SAMPLE, "--format", "pdf").exit());
        assertEquals(2, Cli.run("network", SAMPLE, "--date", "yesterday").exit());
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "groups: [ {", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("network", broken.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.yaml"), r.err());
    }
}
