package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.render.LanguageReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in the reader's language: --lang and --fail-on as people type them, usage errors with a
 * suggestion, exit-2 messages and --help in Finnish and Swedish.
 */
class LanguageCliTest {

    private static final String NETWORK = "src/test/resources/golden/network";

    @ParameterizedTest
    @CsvSource({"FI, Yhteenveto", "Suomi, Yhteenveto", "finska, Yhteenveto", "svenska, Sammanfattning",
            "SV, Sammanfattning", "English, Summary", "en_GB.UTF-8, Summary"})
    void theLanguageMayBeNamedAsPeopleNameIt(String lang, String summary) {
        Cli.Result r = Cli.run("validate", NETWORK, "--date", "2024-03-01", "--lang", lang);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains(summary + ": 3 "), r.out());
    }

    @ParameterizedTest
    @CsvSource({"WARNING", "Warning", "varoitus", "VARNING"})
    void failOnTakesAnyCaseAndTheSeverityWords(String failOn) {
        Cli.Result r = Cli.run("check", NETWORK, "--date", "2024-03-01", "--fail-on", failOn);
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void aMistypedCommandOrOptionIsAnsweredWithTheNearestOneInTheReadersLanguage() {
        Cli.Result command = Cli.run("chek", NETWORK, "--lang", "fi");
        assertEquals(2, command.exit());
        assertEquals("pkcheck: tuntematon komento 'chek'; tarkoititko 'check'? (katso pkcheck --help)",
                command.err().strip());
        Cli.Result option = Cli.run("check", NETWORK, "--modle", "x", "--lang", "sv");
        assertEquals(2, option.exit());
        assertEquals("pkcheck: okänd flagga --modle; menade du --model? (se pkcheck check --help)",
                option.err().strip());
        Cli.Result english = Cli.run(Map.of("LANG", "C"), false, "check", NETWORK, "--fail-onn", "error");
        assertTrue(english.err().contains("unknown option --fail-onn; did you mean --fail-on?"), english.err());
    }

    @Test
    void aBadValueSaysWhatIsAccepted() {
        Cli.Result r = Cli.run("check", NETWORK, "--lang", "suomi", "--fail-on", "joskus");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("pkcheck: --fail-on: 'joskus' ei ole vakavuus; valitse error"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line");
    }

    @Test
    void anExitTwoMessageKeepsItsPlaceAndSpeaksTheReadersLanguage() {
        Cli.Result fi = Cli.run("check", "no/such/dir", "--lang", "fi");
        assertEquals(2, fi.exit());
        assertEquals("pkcheck: no/such/dir: tiedostoa tai hakemistoa ei ole", fi.err().strip());
        Cli.Result sv = Cli.run("meeting", NETWORK, "--lang", "sv");
        assertEquals(2, sv.exit());
        assertTrue(sv.err().startsWith("pkcheck: ange antingen --meeting ID eller --group ID"), sv.err());
        Cli.Result en = Cli.run("check", "no/such/dir", "--lang", "en");
        assertEquals("pkcheck: no/such/dir: no such file or directory", en.err().strip());
    }

    @Test
    void aFileThatCannotBeReadIsNamedInTheReadersLanguage(@TempDir Path dir) throws IOException {
        java.nio.file.Path empty = java.nio.file.Files.writeString(dir.resolve("tyhja.yaml"), "");
        Cli.Result fi = Cli.run("check", empty.toString(), "--lang", "fi");
        assertEquals(2, fi.exit());
        assertEquals("pkcheck: " + empty + ": tiedosto on tyhjä: siinä ei ole tietoja", fi.err().strip());
        java.nio.file.Path latin1 = java.nio.file.Files.write(dir.resolve("medlemmar.csv"),
                "person;grupp\nS\u00f6derstr\u00f6m;x\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli.Result sv = Cli.run("check", latin1.toString(), "--lang", "sv");
        assertEquals(2, sv.exit());
        assertTrue(sv.err().startsWith("pkcheck: " + latin1 + ": filen är inte i UTF-8 (den ser ut att vara i Windows-1252"),
                sv.err());
        java.nio.file.Path ods = java.nio.file.Files.writeString(dir.resolve("pohja.ods"), "ei taulukko");
        Cli.Result notOds = Cli.run("check", ods.toString(), "--lang", "fi");
        assertEquals(2, notOds.exit());
        assertTrue(notOds.err().contains(": OpenDocument-laskentataulukkoa ei voi lukea: ")
                || notOds.err().contains(": tiedosto ei ole OpenDocument-laskentataulukko"), notOds.err());
    }

    @Test
    void aRepeatedOptionAndANetworkFormatAreRefusedInTheReadersLanguage() {
        Cli.Result fi = Cli.run("check", NETWORK, "--names", "--names", "--lang", "fi");
        assertEquals(2, fi.exit());
        assertEquals("pkcheck: --names on annettu useammin kuin kerran; anna se vain kerran (katso pkcheck check --help)",
                fi.err().strip());
        Cli.Result sv = Cli.run("network", NETWORK, "--format", "svg", "--lang", "sv");
        assertEquals(2, sv.exit());
        assertTrue(sv.err().strip().startsWith("pkcheck: formatet --format svg finns inte för nätverkskartan; välj text, json"),
                sv.err());
    }

    @Test
    void historyRefusalsSpeakTheReadersLanguage() {
        Cli.Result fi = Cli.run("history", "--history", "ei/ole.db", "--lang", "fi");
        assertEquals(2, fi.exit());
        assertTrue(fi.err().startsWith("pkcheck: historiatiedostoa ") && fi.err().contains("ei ole (tallenna ensin"),
                fi.err());
        Cli.Result sv = Cli.run("history", "--format", "xml", "--lang", "sv");
        assertEquals(2, sv.exit());
        assertEquals("pkcheck: formatet --format xml finns inte; välj text, json, csv, html eller pdf", sv.err().strip());
        Cli.Result label = Cli.run("check", NETWORK, "--label", "x", "--lang", "fi");
        assertEquals(2, label.exit());
        assertEquals("pkcheck: --history ja --label käyvät vain valitsimen --record kanssa (katso pkcheck check --help)",
                label.err().strip());
    }

    @Test
    void helpIsInTheReadersLanguage() {
        Cli.Result fi = Cli.run("check", "--help", "--lang", "fi");
        assertEquals(0, fi.exit());
        assertTrue(fi.out().startsWith("Käyttö: pkcheck check"), fi.out());
        assertTrue(fi.out().contains("Tarkistaa, vastaako aineisto johtamismallia"), fi.out());
        assertTrue(fi.out().contains("Viestien kieli"), fi.out());
        Cli.Result sv = Cli.run("--help", "--lang", "sv");
        assertTrue(sv.out().contains("Slutkoder:"), sv.out());
        assertTrue(sv.out().contains("Granskar uppgifterna mot ledningsmodellen"), sv.out());
        Cli.Result en = Cli.run(Map.of(), false, "validate", "--help");
        assertTrue(en.out().contains("Run only the DATA rules"), en.out());
        assertFalse(en.out().contains("Käyttö"), en.out());
    }

    /**
     * Every command's --help in Finnish and Swedish passes the language review of the golden reports. The option
     * names and their placeholders (the column on the left, and the synopsis) are the command's own words; the rest
     * is read.
     */
    @ParameterizedTest
    @CsvSource({"fi", "sv"})
    void everyHelpTextReadsAsWrittenInItsOwnLanguage(String lang) {
        List<String> problems = new ArrayList<>();
        for (String command : List.of("", "check", "validate", "meeting", "rules", "models", "network", "template",
                "convert", "history", "serve")) {
            Cli.Result r = command.isEmpty() ? Cli.run("--help", "--lang", lang)
                    : Cli.run(command, "--help", "--lang", lang);
            assertEquals(0, r.exit(), command + ": " + r.err());
            StringBuilder read = new StringBuilder();
            boolean synopsis = true;
            for (String line : r.out().split("\n")) {
                synopsis &= !line.isBlank() && (line.startsWith(r.out().substring(0, r.out().indexOf(' ')))
                        || line.startsWith("  ") && line.strip().startsWith("["));
                if (synopsis) {
                    continue;
                }
                String text = line.replaceFirst("^\\s*(-\\w, )?--?[\\w-]+(=\\S+)?(, --?[\\w-]+)*\\s", " ")
                        .replaceFirst("^\\s*\\[?[A-Z][A-Z|.]*\\]?\\s", " ");
                read.append(text).append('\n');
            }
            problems.addAll(LanguageReview.problems("pkcheck " + command + " --help", read.toString()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void validateSaysWhatItChecked() {
        Cli.Result r = Cli.run("validate", NETWORK, "--date", "2024-03-01", "--lang", "en");
        assertFalse(r.out().contains("meets its governance model"), r.out());
        assertTrue(r.out().contains("Only the data was checked"), r.out());
    }

    /** The English of a parser or a limit, which a Finnish or Swedish line must not carry. */
    private static final java.util.regex.Pattern PARSER_ENGLISH = java.util.regex.Pattern.compile(
            "(?i)cannot|unexpected|expected|input limit|exceeded|character|not allowed|while|found|longer|"
                    + "supported|mapping|value|quote|token|indent");

    /**
     * A file that cannot be parsed, or goes beyond an input limit, is named with its line and column and what is
     * wrong, in the reader's words: none of the parser's English, nothing of the file's content.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tab.yaml | 'schema_version: 1\npeople:\n\t- id: p1\n' | :2:7: ",
        "quote.yaml | 'schema_version: 1\nname: \"Pirkanmaa\n' | :2:5: ",
        "colon.yaml | 'schema_version: 1\nname: a: b\n' | :2:8: ",
        "indent.yaml | 'schema_version: 1\npeople:\n  - id: p1\n name: x\n' | :4:2: ",
        "bracket.yaml | 'schema_version: 1\npeople: [a, b\n' | :2:14: ",
        "alias.yaml | 'schema_version: 1\na: &salainen x\nb: *salainen\n' | :3:4: ",
        "broken.json | '{\"schema_version\": 1,\n  }' | :2:3: ",
        "end.json | '{\"schema_version\": 1,\n  \"people\": [' | :2:14: ",
        "word.json | '{\"schema_version\": salainen}' | :1:20: ",
        "deep.yaml | DEEP | :1:102: ",
        "long.yaml | LONG | :2:7: ",
        "number.json | NUMBER | :1:114: "})
    void aFileThatCannotBeParsedIsDescribedInTheReadersWords(String name, String content, String where,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        String text = switch (content) {
            case "DEEP" -> "[".repeat(120) + "]".repeat(120) + "\n";
            case "LONG" -> "schema_version: 1\nname: " + "a".repeat(100_001) + "\n";
            case "NUMBER" -> "{\"version\": " + "1".repeat(101) + "}";
            default -> content;
        };
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve(name), text);
        for (String lang : List.of("fi", "sv")) {
            Cli.Result r = Cli.run("check", file.toString(), "--lang", lang);
            String line = r.err().strip();
            assertEquals(2, r.exit(), line);
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("pkcheck: " + file + where), lang + ": " + line);
            String said = line.substring(("pkcheck: " + file).length());
            assertEquals(List.of(), LanguageReview.problems(lang, said), line);
            assertFalse(PARSER_ENGLISH.matcher(said).find(), lang + ": " + line);
            assertFalse(said.contains("salainen") || said.contains("Pirkanmaa"), "no content quoted: " + line);
        }
        Cli.Result en = Cli.run("check", file.toString(), "--lang", "en");
        assertTrue(en.err().startsWith("pkcheck: " + file + where), en.err());
    }

    /**
     * A --lang that names no language is answered in Finnish, the default, naming the languages there are; in
     * the environment's language where the locale names one, and never in a C locale's English.
     */
    @Test
    void anUnknownLanguageIsAnsweredInTheDefaultLanguage() {
        Cli.Result fi = Cli.run(Map.of("LANG", "C.UTF-8"), false, "check", NETWORK, "--lang", "xx");
        assertEquals(2, fi.exit());
        assertEquals("pkcheck: --lang: 'xx' ei ole kieli; valitse fi, sv tai en (tai suomi, svenska, English) "
                + "(katso pkcheck check --help)", fi.err().strip());
        Cli.Result none = Cli.run("validate", NETWORK, "--lang=klingon");
        assertTrue(none.err().startsWith("pkcheck: --lang: 'klingon' ei ole kieli;"), none.err());
        Cli.Result sv = Cli.run(Map.of("LANG", "sv_FI.UTF-8"), false, "check", NETWORK, "--lang", "de");
        assertTrue(sv.err().startsWith("pkcheck: --lang: 'de' är inte ett språk; välj fi, sv eller en"), sv.err());
        Cli.Result en = Cli.run(Map.of("LC_ALL", "en_GB.UTF-8"), false, "check", NETWORK, "--lang", "de");
        assertTrue(en.err().startsWith("pkcheck: --lang: 'de' is not a language; choose fi, sv or en"), en.err());
    }

    /**
     * The history store's refusals in the reader's language: our own words for the cause, not the database
     * driver's English; the English line keeps the driver's words.
     */
    @Test
    void aHistoryStoreThatCannotBeUsedIsRefusedInTheReadersLanguage(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path notDb = java.nio.file.Files.writeString(dir.resolve("historia.db"),
                "tämä ei ole tietokanta, vaan tavallinen tekstitiedosto\n".repeat(200));
        Cli.Result fi = Cli.run("history", "--history", notDb.toString(), "--lang", "fi");
        assertEquals(2, fi.exit(), fi.err());
        assertTrue(fi.err().startsWith("pkcheck: historiatietokanta " + notDb + ": ")
                && fi.err().strip().endsWith("(tiedosto ei ole tietokanta)"), fi.err());
        Cli.Result sv = Cli.run("history", "--history", notDb.toString(), "--lang", "sv");
        assertTrue(sv.err().startsWith("pkcheck: historikdatabasen " + notDb + ": ")
                && sv.err().strip().endsWith("(filen är inte en databas)"), sv.err());
        for (Cli.Result r : List.of(fi, sv)) {
            String said = r.err().strip().substring(r.err().indexOf(notDb.toString()) + notDb.toString().length());
            assertEquals(List.of(), LanguageReview.problems("history", said), r.err());
            assertFalse(said.toLowerCase(java.util.Locale.ROOT).contains("sqlite")
                    || said.contains("database"), r.err());
        }
        Cli.Result en = Cli.run("history", "--history", notDb.toString(), "--lang", "en");
        assertTrue(en.err().startsWith("pkcheck: history store " + notDb + ": "), en.err());
        Cli.Result record = Cli.run("check", NETWORK, "--record", "--history", "jdbc:mysql://palvelin/pk",
                "--lang", "fi");
        assertEquals(2, record.exit(), record.err());
        assertEquals("pkcheck: tarkistusta ei tallennettu historiaan: historiatietokanta jdbc:mysql://palvelin/pk: "
                + "historian voi tallentaa vain tiedostoon (SQLite) tai jdbc:postgresql://-osoitteeseen",
                record.err().strip());
    }

    /** The placeholders of file and directory options are words of the reader's language; English keeps its own. */
    @Test
    void thePlaceholdersOfFilesAndDirectoriesAreInTheReadersLanguage() {
        Cli.Result fi = Cli.run("check", "--help", "--lang", "fi");
        assertTrue(fi.out().contains("--output=TIEDOSTO") && fi.out().contains("--rules=HAKEMISTO")
                && fi.out().contains(" AINEISTO...") && fi.out().contains("tiedostoon TIEDOSTO"), fi.out());
        assertFalse(fi.out().contains("PATH") || fi.out().contains("=FILE") || fi.out().contains("=DIR"), fi.out());
        Cli.Result sv = Cli.run("network", "--help", "--lang", "sv");
        assertTrue(sv.out().contains("--output=FIL ") && sv.out().contains(" UPPGIFTER...")
                && sv.out().contains("filen FIL"), sv.out());
        Cli.Result template = Cli.run("template", "--help", "--lang", "sv");
        assertTrue(template.out().contains("--output=SÖKVÄG"), template.out());
        Cli.Result en = Cli.run("check", "--help", "--lang", "en");
        assertTrue(en.out().contains("--output=FILE") && en.out().contains(" PATH..."), en.out());
        Cli.Result missing = Cli.run("check", "--lang", "fi");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("anna tarkistettava aineisto: yksi tai useampi tiedosto tai hakemisto"),
                missing.err());
    }

    /** A file that cannot be written is refused in the reader's language, naming the file. */
    @Test
    void aFileThatCannotBeWrittenIsRefusedInTheReadersLanguage(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path target = java.nio.file.Files.writeString(dir.resolve("tiedosto.txt"), "x").resolve("pohja.yaml");
        Cli.Result fi = Cli.run("template", "--model", "pirkanmaa", "--format", "yaml", "-o", target.toString(),
                "--lang", "fi");
        assertEquals(2, fi.exit(), fi.err());
        assertEquals(1, fi.err().strip().lines().count(), fi.err());
        assertTrue(fi.err().contains(target.toString()), fi.err());
        String said = fi.err().replace(target.toString(), "");
        assertEquals(List.of(), LanguageReview.problems("fi", said), fi.err());
        assertFalse(PARSER_ENGLISH.matcher(said).find() || said.contains("write") || said.contains("exists"), fi.err());
        assertTrue(said.strip().endsWith("(samanniminen tiedosto on tiellä)"), fi.err());
    }

    /** serve on an address another program holds says so in the reader's language, naming the address. */
    @Test
    void anAddressInUseIsRefusedInTheReadersLanguage() throws java.io.IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());
            Cli.Result fi = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> Cli.run("serve", "--host", "127.0.0.1", "--port", port, "--lang", "fi"));
            assertEquals(2, fi.exit(), fi.err());
            assertEquals("pkcheck: osoitetta 127.0.0.1:" + port + " ei voi kuunnella (osoite on jo toisen "
                    + "ohjelman käytössä)", fi.err().strip());
        }
    }

    @Test
    void aFileOfNullBytesIsRefusedInTheReadersWords(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.json");
        Files.write(file, new byte[] {0, 1, 2, 3});
        Cli.Result fi = Cli.run("check", file.toString(), "--lang", "fi");
        assertEquals(2, fi.exit());
        assertTrue(fi.err().contains("tiedoston merkistö on UTF-16 tai UTF-32 eikä UTF-8"), fi.err());
        assertTrue(Cli.run("check", file.toString(), "--lang", "sv").err().contains("UTF-16 eller UTF-32"));
    }
}
