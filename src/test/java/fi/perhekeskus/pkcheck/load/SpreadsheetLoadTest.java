package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Membership;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks and CSV files, built here with POI and plain text, read as datasets: values, locations, problems. */
class SpreadsheetLoadTest {

    @TempDir
    Path temp;

    private final DatasetLoader loader = new DatasetLoader();

    /** A small valid workbook: dataset sheet, one organisation, two people, one group and its members. */
    private static XSSFWorkbook network() {
        XSSFWorkbook wb = new XSSFWorkbook();
        rows(wb.createSheet("aineisto"), List.of("schemaVersion", 1), List.of("malli", "pirkanmaa"));
        rows(wb.createSheet("Organisaatiot"), List.of("tunnus", "tyyppi", "nimi", "kunta"),
                List.of("pirha", "WELLBEING_REGION", "Pirha"), List.of("oriv", "MUNICIPALITY", "Orivesi", 562));
        rows(wb.createSheet("henkilöt"), List.of("Tunnus", "Nimi", "Organisaatio"),
                List.of("p1", "Anna", "pirha"), List.of("p2", "Bea", "oriv"));
        rows(wb.createSheet("ryhmät"), List.of("id", "name", "tier", "area", "municipalities"),
                List.of("g1", "Ryhmä", "LOCAL", "", "562; 20"));
        rows(wb.createSheet("Jäsenet"), List.of("ryhmä", "henkilö", "rooli", "alkaen", "asti"),
                List.of("g1", "p1", "CHAIR", "2024-01-01"), List.of("g1", "p2"));
        return wb;
    }

    private static void rows(Sheet sheet, List<?>... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].size(); c++) {
                Object value = rows[r].get(c);
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (!"".equals(value)) {
                    row.createCell(c).setCellValue(String.valueOf(value));
                }
            }
        }
    }

    private Path save(XSSFWorkbook wb, String name) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    private static List<String> keys(Dataset data) {
        return data.problems().stream().map(DataProblem::key).toList();
    }

    private static Group group(Dataset data, String id) {
        return data.groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void workbookWithFinnishNamesLoadsWithSheetAndRowLocations() throws IOException {
        Dataset data = loader.load(List.of(save(network(), "verkosto.xlsx")));
        assertEquals(List.of(), keys(data));
        assertEquals("pirkanmaa", data.modelRef());
        assertEquals("562", data.organisations().get(1).municipality());
        Group g = group(data, "g1");
        assertEquals(List.of("562", "020"), g.municipalities());
        assertEquals(2, g.members().size());
        Membership chair = g.members().get(0);
        assertEquals(LocalDate.parse("2024-01-01"), chair.from());
        assertEquals(Location.cell(temp.resolve("verkosto.xlsx").normalize().toString().replace('\\', '/'),
                "Jäsenet", 2, 0), chair.location());
        assertEquals("Jäsenet", data.people().get(0).location().sheet() == null ? null : "Jäsenet");
        assertEquals("henkilöt", data.people().get(0).location().sheet());
    }

    @Test
    void excelDatesAreIsoDatesAndFinnishDatesTypedAsTextAreDatesToo() throws IOException {
        XSSFWorkbook wb = network();
        Sheet members = wb.getSheet("Jäsenet");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("d.m.yyyy"));
        var cell = members.getRow(2).createCell(4);
        cell.setCellValue(LocalDate.parse("2025-12-31"));
        cell.setCellStyle(date);
        members.getRow(2).createCell(3).setCellValue("1.1.2024");
        Dataset data = loader.load(List.of(save(wb, "d.xlsx")));
        Membership second = group(data, "g1").members().get(1);
        assertEquals(LocalDate.parse("2025-12-31"), second.until());
        assertEquals(LocalDate.parse("2024-01-01"), second.from());
        assertEquals(List.of(), keys(data));
        XSSFWorkbook impossible = network();
        impossible.getSheet("Jäsenet").getRow(2).createCell(3).setCellValue("31.2.2024");
        data = loader.load(List.of(save(impossible, "e.xlsx")));
        assertEquals(List.of("DATA-003.badDateForm"), keys(data));
        assertEquals(4, data.problems().get(0).location().column());
        assertEquals(3, data.problems().get(0).location().row());
        assertTrue(data.problems().get(0).location().toString().endsWith("[Jäsenet] D3"),
                data.problems().get(0).location().toString());
    }

    @Test
    void formulasGiveTheirComputedValueAndErrorsOrMissingValuesAreFindings() throws IOException {
        XSSFWorkbook wb = network();
        Row person = wb.getSheet("henkilöt").getRow(1);
        person.getCell(1).setCellFormula("\"An\"&\"na\"");
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(person.getCell(1));
        Row other = wb.getSheet("henkilöt").createRow(3);
        other.createCell(0).setCellValue("p3");
        other.createCell(1).setCellFormula("1/0");
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(other.getCell(1));
        other.createCell(2).setCellFormula("A1");
        Dataset data = loader.load(List.of(save(wb, "d.xlsx")));
        assertEquals("Anna", data.people().get(0).name());
        assertEquals(List.of("DATA-003.cellError", "DATA-003.formulaNoValue"), keys(data).stream().sorted().toList());
    }

    @Test
    void mergedCellsUnknownSheetsAndMissingHeadersAreFindings() throws IOException {
        XSSFWorkbook wb = network();
        wb.getSheet("Jäsenet").addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        rows(wb.createSheet("Taul1"), List.of("ryhmä", "henkilö"), List.of("g1", "p1"));
        rows(wb.createSheet("kokoukset"), List.of("m1", "g1", "2024-03-01"));
        Sheet notes = wb.createSheet("Muistiinpanot"); // a sheet of one's own: not read, its merges no finding
        rows(notes, List.of("Kevään kokoukset"), List.of("Soita Kelaan"));
        notes.addMergedRegion(new CellRangeAddress(0, 1, 0, 3));
        rows(wb.createSheet("Ohjeet"), List.of("Täytä kaikki välilehdet"));
        Dataset data = loader.load(List.of(save(wb, "d.xlsx")));
        assertEquals(List.of("DATA-003.mergedCells", "DATA-003.noHeader", "DATA-003.unknownSheet"),
                keys(data).stream().sorted().toList());
        DataProblem merged = data.problems().stream().filter(p -> p.key().equals("DATA-003.mergedCells"))
                .findFirst().orElseThrow();
        assertEquals(List.of("A2:A3", "Jäsenet"), merged.args());
    }

    @Test
    void aTitleMergedAcrossTheTopOfASheetIsNoFinding() throws IOException {
        XSSFWorkbook wb = network();
        Sheet members = wb.getSheet("Jäsenet");
        members.shiftRows(0, members.getLastRowNum(), 2);
        members.createRow(0).createCell(0).setCellValue("Pirkanmaan perhekeskusten ryhmien jäsenet");
        members.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        members.createRow(1).createCell(0).setCellValue("päivitetty 1.2.2024");
        Dataset before = loader.load(List.of(save(network(), "a.xlsx")));
        Dataset data = loader.load(List.of(save(wb, "b.xlsx")));
        assertEquals(List.of(), keys(data));
        assertEquals(before.groups().stream().mapToInt(g -> g.members().size()).sum(),
                data.groups().stream().mapToInt(g -> g.members().size()).sum(), "every seat read below the title");
    }

    @Test
    void aFileThatIsNoWorkbookIsAnInputErrorNamingIt() throws IOException {
        Path bad = temp.resolve("broken.xlsx");
        Files.writeString(bad, "schemaVersion: 1\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(List.of(bad)));
        assertTrue(e.getMessage().startsWith(DatasetLoader.display(bad) + ": cannot read the Excel workbook"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void unknownColumnsAreReportedWithASuggestionAtTheirCell() throws IOException {
        XSSFWorkbook wb = network();
        wb.getSheet("henkilöt").getRow(0).createCell(3).setCellValue("nimke");
        wb.getSheet("henkilöt").getRow(1).createCell(3).setCellValue("päällikkö");
        wb.getSheet("henkilöt").createRow(2).createCell(3).setCellValue("johtaja");
        Dataset data = loader.load(List.of(save(wb, "d.xlsx")));
        assertEquals(List.of("DATA-003.unknownFieldSuggest"), keys(data), "one finding at the header, none per row");
        assertEquals(4, data.problems().get(0).location().column());
        assertEquals(1, data.problems().get(0).location().row());
        assertEquals(List.of("nimke", "nimike"), data.problems().get(0).args());
        assertEquals(1, data.people().size(), "a row with values only in a column not read is no record");
    }

    @Test
    void columnsOfTheUsersOwnAreNotReadAndNoFinding() throws IOException {
        XSSFWorkbook wb = network();
        wb.getSheet("Jäsenet").getRow(0).createCell(9).setCellValue("huomautukset");
        wb.getSheet("Jäsenet").getRow(1).createCell(9).setCellValue("soita maanantaina");
        wb.getSheet("Jäsenet").getRow(2).createCell(16383).setCellValue("x");
        Dataset data = loader.load(List.of(save(wb, "d.xlsx")));
        assertEquals(List.of(), keys(data));
        assertEquals(2, group(data, "g1").members().size());
    }

    private Path csv(String name, String text, Charset charset, boolean bom) throws IOException {
        Path file = temp.resolve("csv").resolve(name);
        Files.createDirectories(file.getParent());
        byte[] body = text.getBytes(charset);
        byte[] all = bom ? new byte[body.length + 3] : body;
        if (bom) {
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
        }
        Files.write(file, all);
        return file;
    }

    @Test
    void csvWithSemicolonsOrCommasWithOrWithoutBomMakeOneDataset() throws IOException {
        csv("aineisto.csv", "key;value\nschemaVersion;1\nmodel;pirkanmaa\n", StandardCharsets.UTF_8, true);
        csv("organisations.csv", "id,type,name,municipality\npirha,WELLBEING_REGION,Pirkanmaan hyvinvointialue,\n"
                + "juupajoki,MUNICIPALITY,\"Juupajoki, kunta\",20\n", StandardCharsets.UTF_8, false);
        csv("henkilöt.csv", "tunnus;nimi;organisaatio\np1;Märta Östman;pirha\n", StandardCharsets.UTF_8, true);
        csv("ryhmät.csv", "tunnus;taso;kunnat\ng1;LOCAL;\"020, 562\"\n", StandardCharsets.UTF_8, false);
        csv("jäsenet.csv", "ryhmä;henkilö;rooli\ng1;p1;CHAIR\n\ng1;p9;MEMBER\n", StandardCharsets.UTF_8, true);
        csv("notes.csv", "anything,at,all\n", StandardCharsets.UTF_8, false);
        Dataset data = loader.load(List.of(temp.resolve("csv")));
        assertEquals(List.of(), keys(data));
        assertEquals("Märta Östman", data.people().get(0).name());
        assertEquals("Juupajoki, kunta", data.organisations().get(1).name());
        assertEquals("020", data.organisations().get(1).municipality());
        Group g = group(data, "g1");
        assertEquals(List.of("020", "562"), g.municipalities());
        assertEquals(2, g.members().size());
        assertEquals(4, g.members().get(1).location().line());
        assertEquals(null, g.members().get(1).location().sheet());
    }

    /** Found by Jazzer: empty header cells beside an unknown one once made the loader fail on null. */
    @Test
    void aHeaderOfEmptyCellsAndNoKnownColumnIsNoHeader() throws IOException {
        Path dataset = csv("dataset.csv", "key;value\nschemaVersion;1\n", StandardCharsets.UTF_8, false);
        Path file = csv("members.csv", "grou;;;;\n\"g1\";\"p1\";;;;\n", StandardCharsets.UTF_8, true);
        Dataset data = loader.load(List.of(dataset, file));
        assertEquals(List.of("DATA-003.noHeader"), keys(data));
        Path known = csv("people.csv", "id;;name\np1;x;Anna\n", StandardCharsets.UTF_8, false);
        Dataset people = loader.load(List.of(dataset, known));
        assertEquals("Anna", people.people().get(0).name());
    }

    @Test
    void aLatin1CsvIsRefusedWithHowToSaveAsUtf8() throws IOException {
        Path file = csv("people.csv", "id;name\np1;Märta Östman\n", StandardCharsets.ISO_8859_1, false);
        InputException e = assertThrows(InputException.class, () -> loader.load(List.of(file)));
        assertTrue(e.getMessage().contains("CSV UTF-8") && e.getMessage().contains("Windows-1252"), e.getMessage());
    }

    @Test
    void topLevelMembersJoinTheirGroupAndAnUnknownGroupIsData002() throws IOException {
        Path file = temp.resolve("d.yaml");
        Files.writeString(file, """
                schemaVersion: 1
                people: [{id: p1}, {id: p2}]
                groups:
                  - {id: g1, tier: PROVINCIAL, members: [{person: p1, role: CHAIR}]}
                members:
                  - {group: g1, person: p2}
                  - {group: g1, person: p1}
                  - {group: nope, person: p2}
                  - {person: p2}
                """);
        Dataset data = loader.load(List.of(file));
        // Every entry joins its group; which of p1's overlapping entries is kept (DATA-001 on the other) is settled
        // with the facts, on the check date (facts/OverlappingEntriesTest).
        assertEquals(List.of("p1", "p2", "p1"), group(data, "g1").members().stream().map(Membership::person)
                .toList());
        assertEquals(List.of("DATA-002", "DATA-003.missingGroup"), keys(data).stream().sorted().toList());
    }
}
