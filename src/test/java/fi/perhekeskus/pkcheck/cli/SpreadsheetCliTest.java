package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets through the command line: same findings in every format, templates, conversion, refusals. */
class SpreadsheetCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** The findings of a JSON report without what may differ between formats: where they are. */
    private static JsonNode findings(Cli.Result r) throws IOException {
        ArrayNode findings = (ArrayNode) JSON.readTree(r.out()).get("findings");
        for (JsonNode f : findings) {
            ((ObjectNode) f).remove("location");
            if (f.get("rule").asText().equals("DATA-001")) {
                ((ObjectNode) f).remove("message");
                ((ObjectNode) f.get("details")).remove("firstAt");
            }
        }
        return findings;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-data/pirkanmaa", "src/test/resources/compliant/pirkanmaa"})
    void theSameNetworkInEveryFormatGivesTheSameFindings(String dataset) throws IOException {
        Path source = TestPaths.repository().resolve(dataset);
        Cli.Result original = Cli.run("check", source.toString(), "--date", "2024-03-01", "--format", "json");
        JsonNode expected = findings(original);
        for (String format : List.of("yaml", "json", "xlsx", "csv")) {
            Path out = temp.resolve(format + "-out" + (format.equals("csv") ? "" : "." + format));
            Cli.Result converted = Cli.run("convert", source.toString(), "--to", format, "-o", out.toString());
            assertEquals(0, converted.exit(), converted.err());
            Cli.Result r = Cli.run("check", out.toString(), "--date", "2024-03-01", "--format", "json");
            assertEquals(original.exit(), r.exit(), format + ": " + r.err());
            assertEquals(expected, findings(r), format);
            if (format.equals("xlsx") && expected.size() > 0) {
                JsonNode location = JSON.readTree(r.out()).get("findings").get(0).get("location");
                assertTrue(location.has("sheet") && location.has("row"), location.toString());
            }
        }
    }

    @Test
    void theShippedSampleWorkbookGivesTheFindingsOfItsYaml() throws IOException {
        Path samples = TestPaths.repository().resolve("sample-data");
        Cli.Result yaml = Cli.run("check", samples.resolve("pirkanmaa").toString(), "--date", "2024-03-01",
                "--format", "json");
        Cli.Result xlsx = Cli.run("check", samples.resolve("pirkanmaa.xlsx").toString(), "--date", "2024-03-01",
                "--format", "json");
        assertEquals(findings(yaml), findings(xlsx), "regenerate sample-data/pirkanmaa.xlsx with pkcheck convert");
    }

    /** A conversion in Finnish or Swedish names sheets, files and columns in that language, and reads back alike. */
    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void aConversionInEachLanguageReadsBackWithTheSameFindings(String lang) throws IOException {
        Path source = TestPaths.repository().resolve("sample-data/pirkanmaa");
        Cli.Result original = Cli.run("check", source.toString(), "--date", "2024-03-01", "--format", "json");
        Path csv = temp.resolve("csv-" + lang);
        Path xlsx = temp.resolve("kirja-" + lang + ".xlsx");
        assertEquals(0, Cli.run("convert", source.toString(), "--to", "csv", "--lang", lang, "-o", csv.toString())
                .exit());
        assertEquals(0, Cli.run("convert", source.toString(), "--to", "xlsx", "--lang", lang, "-o", xlsx.toString())
                .exit());
        String members = Map.of("fi", "Jäsenet", "sv", "Medlemmar", "en", "members").get(lang);
        assertTrue(Files.exists(csv.resolve(members + ".csv")), lang);
        assertEquals(Map.of("fi", "\uFEFFRyhmä;Henkilö;Edustaa;Rooli;Varajäsen;Alkaen;Asti",
                        "sv", "\uFEFFGrupp;Person;Representerar;Roll;Ersättare;Från;Till",
                        "en", "\uFEFFgroup;person;represents;role;deputy;from;until").get(lang),
                Files.readAllLines(csv.resolve(members + ".csv")).get(0));
        // Roles, types and tiers in the coordinator's words; dates as a Finn writes them (Swedes write ISO dates).
        String chair = Map.of("fi", "puheenjohtaja", "sv", "ordförande", "en", "CHAIR").get(lang);
        String firstSeat = Files.readAllLines(csv.resolve(members + ".csv")).get(1);
        assertTrue(firstSeat.contains(";" + chair + ";"), firstSeat);
        assertTrue(firstSeat.contains(lang.equals("fi") ? "1.1.2023" : "2023-01-01"), firstSeat);
        String municipality = Map.of("fi", ";kunta;", "sv", ";kommun;", "en", ";MUNICIPALITY;").get(lang);
        String organisations = Map.of("fi", "Organisaatiot", "sv", "Organisationer", "en", "organisations").get(lang);
        assertTrue(Files.readString(csv.resolve(organisations + ".csv")).contains(municipality), lang);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet(members).getLastRowNum() > 10, lang);
            assertEquals(chair, wb.getSheet(members).getRow(1).getCell(3).getStringCellValue());
            String tier = Map.of("fi", "maakunnallinen", "sv", "landskapsomfattande", "en", "PROVINCIAL").get(lang);
            String groups = Map.of("fi", "Ryhmät", "sv", "Grupper", "en", "groups").get(lang);
            boolean tierWritten = false;
            for (Row row : wb.getSheet(groups)) {
                tierWritten |= row.getRowNum() > 0 && tier.equals(row.getCell(2).getStringCellValue());
            }
            assertTrue(tierWritten, lang);
        }
        for (Path converted : List.of(csv, xlsx)) {
            Cli.Result r = Cli.run("check", converted.toString(), "--date", "2024-03-01", "--format", "json");
            assertEquals(findings(original), findings(r), converted.toString());
            // Back to YAML, every word and date is as the data format writes it (CHAIR, 2023-01-01).
            Path back = temp.resolve("back-" + lang + "-" + converted.getFileName() + ".yaml");
            assertEquals(0, Cli.run("convert", converted.toString(), "--to", "yaml", "-o", back.toString()).exit());
            String yaml = Files.readString(back);
            assertTrue(yaml.contains("role: CHAIR") && yaml.contains("from: 2023-01-01")
                    || yaml.contains("role: \"CHAIR\"") && yaml.contains("from: \"2023-01-01\""), yaml);
            assertFalse(yaml.contains("role: puheenjohtaja") || yaml.contains("1.1.2023"), yaml);
        }
    }

    @Test
    void convertRoundTripsWithoutLosingAnything() throws IOException {
        Path source = TestPaths.repository().resolve("sample-data/pirkanmaa");
        Path yaml = temp.resolve("a.yaml");
        Path xlsx = temp.resolve("b.xlsx");
        Path back = temp.resolve("c.yaml");
        assertEquals(0, Cli.run("convert", source.toString(), "--to", "yaml", "-o", yaml.toString()).exit());
        assertEquals(0, Cli.run("convert", yaml.toString(), "--to", "xlsx", "-o", xlsx.toString()).exit());
        assertEquals(0, Cli.run("convert", xlsx.toString(), "--to", "yaml", "-o", back.toString()).exit());
        Path again = temp.resolve("d.xlsx");
        Path backAgain = temp.resolve("e.yaml");
        assertEquals(0, Cli.run("convert", back.toString(), "--to", "xlsx", "-o", again.toString()).exit());
        assertEquals(0, Cli.run("convert", again.toString(), "--to", "yaml", "-o", backAgain.toString()).exit());
        // After the first trip through a workbook members are a top-level list; from then on nothing changes.
        assertEquals(Files.readString(back), Files.readString(backAgain));
    }

    @Test
    void templateFilledInChecksCleanly() throws IOException {
        Path xlsx = temp.resolve("pohja.xlsx");
        Cli.Result made = Cli.run("template", "--model", "pirkanmaa", "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, made.exit(), made.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // Finnish by default: the sheets and columns are named as a Finnish coordinator names them.
            assertEquals("Ohjeet", wb.getSheetAt(0).getSheetName());
            assertEquals(List.of("Ryhmä", "Henkilö", "Edustaa", "Rooli", "Varajäsen", "Alkaen", "Asti"),
                    header(wb.getSheet("Jäsenet")));
            assertEquals(List.of("Tunnus", "Nimi", "Nimike", "Organisaatio"), header(wb.getSheet("Henkilöt")));
            assertTrue(wb.getSheet("Kunnat").getLastRowNum() > 10);
            assertTrue(!wb.getSheet("Jäsenet").getDataValidations().isEmpty());
            fill(wb.getSheet("Organisaatiot"), "pirha", "WELLBEING_REGION", "Pirha");
            fill(wb.getSheet("Henkilöt"), "p1", "Anna", "", "pirha");
            fill(wb.getSheet("Henkilöt"), "p2", "Bea", "", "pirha");
            fill(wb.getSheet("Ryhmät"), "ohry", "Ohjausryhmä", "PROVINCIAL");
            fill(wb.getSheet("Jäsenet"), "ohry", "p1", "", "CHAIR");
            fill(wb.getSheet("Jäsenet"), "ohry", "p9");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Cli.Result r = Cli.run("validate", xlsx.toString(), "--date", "2024-03-01");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("DATA-002") && r.out().contains("[Jäsenet] row 3"), r.out());
        assertEquals(1, r.out().lines().filter(l -> l.contains("DATA-")).count(), r.out());
        for (String format : List.of("csv", "yaml")) {
            Path out = temp.resolve("pohja-" + format + (format.equals("yaml") ? ".yaml" : ""));
            assertEquals(0, Cli.run("template", "--model", "kanta-hame", "--format", format, "-o", out.toString())
                    .exit());
            Cli.Result clean = Cli.run("validate", out.toString(), "--date", "2024-03-01");
            assertEquals(0, clean.exit(), format + ": " + clean.out() + clean.err());
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    private static void fill(Sheet sheet, String... cells) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    @Test
    void aLatin1CsvAndABrokenWorkbookExitTwoWithOneLine() throws IOException {
        Path dir = temp.resolve("data");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dataset.csv"), "key;value\nschemaVersion;1\n");
        Files.write(dir.resolve("people.csv"), "id;name\np1;Äijälä\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("people.csv") && r.err().contains("Tallenna nimellä"), r.err());
        Path bad = temp.resolve("bad.xlsx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 0, 0});
        Cli.Result broken = Cli.run("check", bad.toString());
        assertEquals(2, broken.exit());
        assertEquals(1, broken.err().lines().count(), broken.err());
        assertTrue(broken.err().contains("bad.xlsx"), broken.err());
    }
}
