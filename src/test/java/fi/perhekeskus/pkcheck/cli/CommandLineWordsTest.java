package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.pkcheck.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a coordinator and a CI engineer meet on the command line, end to end through {@code Main.run}: {@code -o -}
 * as standard output, format names in any case, help placeholders and missing-parameter sentences in the run's
 * language, and the {@code pkcheck: } prefix of every exit-2 line.
 */
class CommandLineWordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String NETWORK = TestPaths.resource("golden/network").toString();

    private static final List<String> COMMANDS = List.of("check", "meeting", "validate", "rules", "models",
            "network", "template", "convert", "history", "serve");

    @TempDir
    Path temp;

    private static void assertExit2Line(Cli.Result r, String expected) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(expected, r.err().strip());
    }

    // 1. -o - is standard output

    @Test
    void dashAsOutputIsStandardOutput() throws Exception {
        Cli.Result toFile = Cli.run("check", NETWORK, "--date", "2024-03-01", "--format", "json",
                "-o", temp.resolve("r.json").toString());
        Cli.Result dash = Cli.run("check", NETWORK, "--date", "2024-03-01", "-o", "-", "--format", "json");
        assertEquals(1, dash.exit(), dash.err());
        assertEquals("", dash.err());
        JsonNode report = JSON.readTree(dash.out());
        assertEquals("pkcheck", report.get("tool").get("name").asText());
        assertEquals(Files.readString(temp.resolve("r.json")).strip(), dash.out().strip(),
                "the same report as the file gets");
        Cli.Result longForm = Cli.run("validate", NETWORK, "--output=-", "--format", "json");
        assertTrue(longForm.out().startsWith("{"), longForm.out());
        assertFalse(Files.exists(Path.of("-")), "no file named '-' is written");
    }

    @Test
    void dashAsOutputWorksForTheNetworkAndKeepsPdfToAFile() {
        Cli.Result network = Cli.run("network", NETWORK, "--date", "2024-03-01", "--format", "json", "-o", "-");
        assertEquals(0, network.exit(), network.err());
        assertTrue(network.out().strip().startsWith("{"), network.out());
        assertExit2Line(Cli.run("check", NETWORK, "--format", "pdf", "-o", "-", "--lang", "en"),
                "pkcheck: --format pdf writes a file: give it with -o FILE");
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void convertAndTemplateWriteTextFormatsToStandardOutputAndRefuseWorkbooksThere() throws Exception {
        Path file = temp.resolve("data.json");
        assertEquals(0, Cli.run("convert", NETWORK, "--to", "json", "-o", file.toString()).exit());
        Cli.Result json = Cli.run("convert", NETWORK, "--to", "json", "-o", "-");
        assertEquals(0, json.exit(), json.err());
        assertEquals(JSON.readTree(Files.readString(file)), JSON.readTree(json.out()), "the same document as the file");
        Cli.Result yaml = Cli.run("template", "--model", "pirkanmaa", "--format", "yaml", "-o", "-");
        assertEquals(0, yaml.exit(), yaml.err());
        assertTrue(yaml.out().contains("model: pirkanmaa"), yaml.out());
        assertExit2Line(Cli.run(Map.of("LANG", "fi_FI.UTF-8"), false, "convert", NETWORK, "--to", "xlsx", "-o", "-"),
                "pkcheck: muotoa --to xlsx ei voi kirjoittaa vakiotulosteeseen (-o -): anna tiedoston tai hakemiston "
                        + "nimi valitsimella -o");
        assertExit2Line(Cli.run("convert", NETWORK, "--to", "csv", "-o", "-", "--lang", "suomi"),
                "pkcheck: muotoa --to csv ei voi kirjoittaa vakiotulosteeseen (-o -): anna tiedoston tai hakemiston "
                        + "nimi valitsimella -o");
        assertExit2Line(Cli.run("template", "--model", "pirkanmaa", "-o", "-", "--lang", "sv"),
                "pkcheck: formatet --format xlsx kan inte skrivas till standardutdata (-o -): ange ett fil- eller "
                        + "mappnamn med -o");
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void theNeverOverwriteInputGuardStillHolds() throws Exception {
        Path data = temp.resolve("data.yaml");
        Files.copy(Path.of(NETWORK, "1-organisations.yaml"), data);
        Cli.Result r = Cli.run("check", data.toString(), "--format", "json", "-o", data.toString(), "--force");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("pkcheck: "), r.err());
    }

    // 2. format names in any case

    @ParameterizedTest
    @ValueSource(strings = {"JSON", "Json", "json"})
    void aFormatNameIsReadInAnyCase(String name) throws Exception {
        Cli.Result r = Cli.run("check", NETWORK, "--date", "2024-03-01", "--format", name);
        assertEquals(1, r.exit(), r.err());
        assertEquals("pkcheck", JSON.readTree(r.out()).get("tool").get("name").asText());
    }

    @Test
    void everyCommandThatChoosesAFormatReadsItInAnyCase() throws Exception {
        Cli.Result network = Cli.run("network", NETWORK, "--date", "2024-03-01", "--format", "MERMAID");
        assertEquals(0, network.exit(), network.err());
        Cli.Result meeting = Cli.run("validate", NETWORK, "--format", "Markdown");
        assertTrue(meeting.exit() < 2, meeting.err());
        Path yaml = temp.resolve("out.yaml");
        Cli.Result convert = Cli.run("convert", NETWORK, "--to", "YAML", "-o", yaml.toString());
        assertEquals(0, convert.exit(), convert.err());
        assertTrue(Files.size(yaml) > 0);
        Path template = temp.resolve("template.yaml");
        Cli.Result tpl = Cli.run("template", "--model", "pirkanmaa", "--format", "YAML", "-o", template.toString());
        assertEquals(0, tpl.exit(), tpl.err());
        Cli.Result history = Cli.run("history", "--history", temp.resolve("none.db").toString(), "--format", "CSV",
                "--lang", "en");
        assertFalse(history.err().contains("not available"), history.err());
    }

    @Test
    void anUnknownFormatIsStillRefused() {
        assertExit2Line(Cli.run("check", NETWORK, "--format", "JSONX", "--lang", "en"),
                "pkcheck: --format jsonx is not available; choose one of text, json, markdown, csv, sarif, junit, "
                        + "html, pdf");
        Cli.Result convert = Cli.run("convert", NETWORK, "--to", "toml", "-o", temp.resolve("x").toString(),
                "--lang", "en");
        assertEquals(2, convert.exit());
        assertTrue(convert.err().contains("'toml' is not one of yaml, json, xlsx, csv"), convert.err());
    }

    // 3. help placeholders and missing parameters in the run's language

    private static final Pattern PLACEHOLDER = Pattern.compile("(?:--?[a-z-]+=|\\[)([^\\s\\]\\[.]+)");

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void everyHelpPlaceholderIsInTheRunsLanguage(String lang) {
        List<String> english = List.of("COMMAND", "LOCATION", "TEXT", "FMT", "SEV", "OLD", "N", "SIZE", "LANG",
                "ID|FILE", "ID", "YYYY-MM-DD", "FILE", "DIR", "PATH", "OUT", "ADDR", "SECONDS", "p1,p2");
        for (String command : COMMANDS) {
            Cli.Result help = Cli.run(command, "--help", "--lang", lang);
            assertEquals(0, help.exit(), command + ": " + help.err());
            Matcher m = PLACEHOLDER.matcher(help.out());
            int seen = 0;
            while (m.find()) {
                String label = m.group(1).replaceAll("[,…]+$", "");
                if (label.equals(label.toUpperCase(java.util.Locale.ROOT)) && !label.startsWith("-")) {
                    seen++;
                    assertFalse(english.contains(label) && !(lang.equals("sv") && label.equals("TEXT")),
                            lang + " " + command + " --help shows the English " + label + ":\n" + help.out());
                }
            }
            assertTrue(seen > 0 || command.equals("help"), command + ": " + help.out());
        }
        Cli.Result top = Cli.run("--help", "--lang", lang);
        assertTrue(top.out().contains(lang.equals("fi") ? "[KOMENTO]" : "[KOMMANDO]"), top.out());
        assertFalse(top.out().contains("[COMMAND]"), top.out());
    }

    @Test
    void theSamePlaceholderReadsTheSameInEverySubcommand() {
        for (String command : List.of("check", "meeting", "validate", "network", "history")) {
            String out = Cli.run(command, "--help", "--lang", "fi").out();
            assertTrue(out.contains("--format=MUOTO"), command + ": " + out);
            assertTrue(out.contains("--lang=KIELI"), command + ": " + out);
        }
        for (String command : List.of("check", "validate", "meeting", "network", "template")) {
            assertTrue(Cli.run(command, "--help", "--lang", "sv").out().contains("--model=ID|FIL"), command);
        }
        assertTrue(Cli.run("check", "--help", "--lang", "en").out().contains("--format=FMT"),
                "English keeps its own");
    }

    @Test
    void missingDataIsASentenceThatSaysWhatToGive() {
        assertExit2Line(Cli.run("--lang", "fi", "check"),
                "pkcheck: anna tarkistettava aineisto: yksi tai useampi tiedosto tai hakemisto, esimerkiksi "
                        + "pkcheck check aineisto.xlsx (katso pkcheck check --help)");
        assertExit2Line(Cli.run("validate", "--lang", "sv"),
                "pkcheck: ange uppgifterna som ska granskas: en eller flera filer eller mappar, till exempel "
                        + "pkcheck validate uppgifter.xlsx (se pkcheck validate --help)");
        assertExit2Line(Cli.run(Map.of("LANG", "C"), false, "network"),
                "pkcheck: give the data to map: one or more files or directories, for example pkcheck network "
                        + "data.xlsx (see pkcheck network --help)");
    }

    @Test
    void everyMissingRequiredOptionOrValueIsSaidInTheRunsLanguage() {
        assertExit2Line(Cli.run("template", "--lang", "fi", "--model", "pirkanmaa"),
                "pkcheck: anna tiedosto, johon pohja kirjoitetaan: -o TIEDOSTO (csv-muodolle hakemisto) "
                        + "(katso pkcheck template --help)");
        Cli.Result convert = Cli.run("convert", NETWORK, "--lang", "sv");
        assertEquals(2, convert.exit());
        assertTrue(convert.err().contains("ange formatet som uppgifterna ska konverteras till: --to yaml, json, "
                + "xlsx eller csv; ange filen som de konverterade uppgifterna skrivs till: -o FIL"), convert.err());
        assertExit2Line(Cli.run("check", NETWORK, "--lang", "fi", "--format"),
                "pkcheck: valitsimelle --format puuttuu arvo: kirjoita --format MUOTO (katso pkcheck check --help)");
        Cli.Result model = Cli.run("template", "-o", "x.xlsx", "--lang", "en");
        assertTrue(model.err().contains("give the governance model to make the template for: --model with a "
                + "built-in model (kanta-hame, pirkanmaa, pohjois-karjala) or a model file"), model.err());
        for (String lang : List.of("fi", "sv", "en")) {
            for (String command : List.of("check", "meeting", "validate", "network", "convert", "template")) {
                Cli.Result r = Cli.run(command, "--lang", lang);
                assertEquals(2, r.exit(), command);
                assertFalse(r.err().contains("puuttuu:") || r.err().contains("saknas:")
                        || r.err().contains("missing") || r.err().contains("Missing"), lang + " " + r.err());
            }
        }
    }

    // 4. the rule catalogue in the run's language

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv"})
    void everyRuleIsListedAndExplainedWithTheTitleOfTheRunsLanguage(String lang) {
        List<String> english = Cli.run("rules", "--lang", "en").out().lines().toList();
        List<String> local = Cli.run("rules", "--lang", lang).out().lines().toList();
        assertEquals(english.size(), local.size());
        assertTrue(local.size() >= 40, "every rule: " + local.size());
        for (int i = 0; i < local.size(); i++) {
            String id = english.get(i).split("\\s+")[0];
            assertEquals(id, local.get(i).split("\\s+")[0]);
            String englishTitle = english.get(i).substring(22).strip();
            String title = local.get(i).substring(22).strip();
            assertFalse(title.isEmpty() || title.equals(englishTitle), lang + " " + id + ": " + title);
            String explained = Cli.run("rules", id, "--lang", lang).out().lines().findFirst().orElseThrow();
            assertEquals(id + " — " + title, explained);
        }
    }

    // 6. one prefix on every exit-2 line

    @Test
    void everyExit2LineStartsWithThePrefix() throws Exception {
        Path notData = Files.writeString(temp.resolve("broken.yaml"), "a: [\n");
        List<Cli.Result> runs = List.of(
                Cli.run("check", NETWORK, "--format", "nosuch"),
                Cli.run("check", notData.toString()),
                Cli.run("network", NETWORK, "--format", "nosuch"),
                Cli.run("validate", temp.resolve("no-such-dir").toString()),
                Cli.run("models", "nosuch"),
                Cli.run("rules", "NOSUCH-001"),
                Cli.run("convert", notData.toString(), "--to", "json", "-o", temp.resolve("o.json").toString()),
                Cli.run("template", "--model", "nosuch", "-o", temp.resolve("t.xlsx").toString()),
                Cli.run("history", "--history", temp.resolve("none.db").toString()),
                Cli.run("serve", "--max-upload", "lots"),
                Cli.run("check", NETWORK, "--label", "x"),
                Cli.run("chek"));
        for (Cli.Result r : runs) {
            assertEquals(2, r.exit(), r.err());
            String line = r.err().strip();
            assertFalse(line.contains("\n"), line);
            assertTrue(line.startsWith("pkcheck: ") && !line.startsWith("pkcheck: pkcheck"), line);
        }
    }
}
