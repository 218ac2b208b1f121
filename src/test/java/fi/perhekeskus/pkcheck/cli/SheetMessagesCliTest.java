package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data findings a coordinator's spreadsheet gets, in their language: columns, sheets and allowed words as the
 * Finnish or Swedish sheets head them, dates as the language writes them, and a row without its group told how to
 * fix it. The spreadsheet is the sample network converted to Finnish CSV, then edited as a coordinator would.
 */
class SheetMessagesCliTest {

    @TempDir
    Path temp;

    private Path csv;

    @BeforeEach
    void convert() {
        csv = temp.resolve("verkosto");
        assertEquals(0, Cli.run("convert", TestPaths.repository().resolve("sample-data/pirkanmaa").toString(),
                "--to", "csv", "--lang", "fi", "-o", csv.toString()).exit());
    }

    /** Replaces the data rows 1..n of Jäsenet.csv by {@code rows} (the header stays). */
    private void members(String... rows) throws IOException {
        Path file = csv.resolve("Jäsenet.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int i = 0; i < rows.length; i++) {
            lines.set(i + 1, rows[i]);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private String check(String lang) {
        Cli.Result r = Cli.run("check", csv.toString(), "--date", "2024-03-01", "--lang", lang);
        assertEquals(1, r.exit(), r.err());
        return r.out();
    }

    @Test
    void columnsAndWordsAreNamedAsTheSheetsHeadThem() throws IOException {
        members("nokia-perhekeskus;p039;;puheenjohtajaa;;1.1.2023;",
                "nokia-perhekeskus;p072;;jäsen;;1.1.2023;1.1.2022",
                "nokia-perhekeskus;p073;;jäsen;;1.13.2023;");
        String fi = check("fi");
        assertTrue(fi.contains("Kentässä \"Rooli\" on tuntematon arvo \"puheenjohtajaa\"; tarkoititko puheenjohtaja?"),
                fi);
        assertTrue(fi.contains("Toimikausi päättyy (1.1.2022) ennen kuin se alkaa (1.1.2023)."), fi);
        assertTrue(fi.contains("Kenttä \"Alkaen\": \"1.13.2023\" ei ole päivämäärä"), fi);
        String sv = check("sv");
        assertTrue(sv.contains("\"Roll\""), sv);
        String en = check("en");
        assertTrue(en.contains("The field \"role\" has the unknown value \"puheenjohtajaa\""), en);
        assertTrue(en.contains("The term ends (2022-01-01) before it starts (2023-01-01)."), en);
    }

    /** The Finnish report of the sample with {@code rows} as its first members says {@code says}, and not {@code never}. */
    private void finnishSays(String says, String never, String... rows) throws IOException {
        members(rows);
        String fi = check("fi");
        assertTrue(fi.contains(says), fi);
        assertFalse(fi.contains(never), fi);
    }

    @Test
    void aCodeOutsideTheRegionNamesTheColumn() throws IOException {
        Path file = csv.resolve("Organisaatiot.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(2, lines.get(2).replace("\"020\"", "\"999\""));
        Files.write(file, lines, StandardCharsets.UTF_8);
        String fi = check("fi");
        assertTrue(fi.contains("Kuntanumero 999 (kentässä \"Kunta\") ei kuulu"), fi);
    }

    @Test
    void anUnknownWordListsTheWordsOfTheReadersLanguage() throws IOException {
        finnishSays("sallitut arvot: puheenjohtaja, varapuheenjohtaja, jäsen, koordinaattori, johtaja, sihteeri.",
                "VICE_CHAIR", "nokia-perhekeskus;p039;;tuolimies;;1.1.2023;");
    }

    @Test
    void aRowWithoutItsGroupIsToldToRepeatIt() throws IOException {
        finnishSays("[jäsenyys ?/p072] Jäsenyydelle ei ole merkitty ryhmää: kirjoita ryhmä jokaiselle riville, ei vain "
                + "kunkin ryhmän ensimmäiselle.", "null", "nokia-perhekeskus;p039;;puheenjohtaja;;1.1.2023;",
                ";p072;;;;1.1.2023;");
    }

    @Test
    void titleRowsAboveTheHeaderAreNotData() throws IOException {
        String before = Cli.run("check", csv.toString(), "--date", "2024-03-01", "--format", "json").out();
        Path file = csv.resolve("Jäsenet.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(0, lines.get(0).replace("\uFEFF", ""));
        lines.add(0, "\uFEFFPirkanmaan perhekeskusten ryhmien jäsenet, kevät 2024"); // a comma, no semicolon
        lines.add(1, "Päivitetty 1.2.2024;;;;;;");
        lines.add(2, ";;;;;;");
        Files.write(file, lines, StandardCharsets.UTF_8);
        String after = Cli.run("check", csv.toString(), "--date", "2024-03-01", "--format", "json").out();
        assertEquals(findings(before, 0), findings(after, 3), "the same findings, each three lines further down");
    }

    /** The rule, subject and line of each finding, lines in Jäsenet.csv taken {@code shift} lines up. */
    private static List<String> findings(String json, int shift) throws IOException {
        List<String> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode f : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json).get("findings")) {
            com.fasterxml.jackson.databind.JsonNode at = f.path("location");
            int line = at.path("line").asInt() - (at.path("file").asText().endsWith("Jäsenet.csv") ? shift : 0);
            out.add(f.get("rule").asText() + " " + f.path("subject").path("id").asText() + " " + line);
        }
        return out;
    }

    @Test
    void aNameKeptAsFirstAndFamilyNameNamesWhomToCall() throws IOException {
        Path file = csv.resolve("Henkilöt.csv");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cells = line.split(";", -1);
            String name = cells[1].replace("\"", "");
            int space = name.lastIndexOf(' ');
            String first = lines.isEmpty() ? "Etunimi" : space < 0 ? name : name.substring(0, space);
            String last = lines.isEmpty() ? "Sukunimi" : space < 0 ? "" : name.substring(space + 1);
            lines.add(cells[0] + ";" + first + ";" + last + ";" + cells[2] + ";" + cells[3]);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("meeting", csv.toString(), "--meeting", "etela-koordinaatioryhma-2024-03", "--lang",
                "fi");
        assertEquals(0, r.exit() & ~1, r.err());
        assertTrue(r.out().contains("Katja Partanen (p009)"), r.out());
        assertTrue(r.out().contains("Kutsu: Ulla Salminen (Kela, Pirkanmaan vakuutuspiiri)."), r.out());
    }

    @Test
    void aShortSheetWithoutHeaderIsStillReported() throws IOException {
        Files.write(csv.resolve("Kokoukset.csv"), List.of("\uFEFFk1;nokia-perhekeskus;14.3.2024;p039"),
                StandardCharsets.UTF_8);
        String fi = check("fi");
        assertTrue(fi.contains("Välilehdeltä \"Kokoukset\" puuttuu otsikkorivi"), fi);
    }

    @Test
    void aSheetWithoutHeaderNamesItsColumnsInTheReadersLanguage() throws IOException {
        Path file = csv.resolve("Jäsenet.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.remove(0);
        Files.write(file, lines, StandardCharsets.UTF_8);
        String fi = check("fi");
        assertTrue(fi.contains("Välilehdeltä \"Jäsenet\" puuttuu otsikkorivi: jonkin sen ensimmäisistä riveistä "
                + "pitää nimetä sarakkeet, esim. Ryhmä, Henkilö, Edustaa, Rooli."), fi);
    }
}
