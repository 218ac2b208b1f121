package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator's workbook holds sheets of their own beside the data: notes, phone numbers. Those are not read and
 * change nothing in the report; a sheet that looks like data under a name pkcheck does not know is a finding in
 * the reader's language, with a did-you-mean where the name is a typo.
 */
class ExtraSheetsCliTest {

    @TempDir
    Path temp;

    private Path book;

    @BeforeEach
    void convert() {
        book = temp.resolve("verkosto.xlsx");
        assertEquals(0, Cli.run("convert", TestPaths.repository().resolve("sample-data/pirkanmaa").toString(),
                "--to", "xlsx", "--lang", "fi", "-o", book.toString()).exit());
    }

    /** Adds a sheet {@code name} with {@code rows} of text to the workbook. */
    private Sheet add(String name, List<List<String>> rows) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sheet = wb.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
        save(wb);
        return sheet;
    }

    private void save(XSSFWorkbook wb) throws IOException {
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
    }

    private Cli.Result check(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", book.toString(), "--date", "2024-03-01"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void notesAndPhoneNumbersChangeNothing() throws IOException {
        String before = check("--format", "json").out();
        add("Muistiinpanot", List.of(List.of("Kevään kokoukset"), List.of("Soita Kelaan ennen 14.3.")));
        add("Yhteystiedot", List.of(List.of("Nimi", "Organisaatio", "Puhelin"),
                List.of("Ulla Salminen", "Kela", "040 123 4567")));
        add("Jäsenet (2)", List.of(List.of("Vanha lista"), List.of("Maija", "puheenjohtaja")));
        try (InputStream in = Files.newInputStream(book)) {
            XSSFWorkbook wb = new XSSFWorkbook(in);
            wb.getSheet("Muistiinpanot").addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            save(wb);
        }
        String after = check("--format", "json").out();
        assertEquals(before, after, "the same report, byte for byte");
        String fi = check("--lang", "fi").out();
        assertTrue(fi.contains("\nEi luettu: Muistiinpanot (koko välilehti); Yhteystiedot (koko välilehti); Jäsenet (2) "
                + "(koko välilehti)\n"), fi);
        assertFalse(fi.contains("DATA-003"), fi);
    }

    @Test
    void aTypoInASheetsNameIsToldWithTheNameMeant() throws IOException {
        add("Kokouset", List.of(List.of("Tunnus", "Ryhmä", "Päivämäärä"), List.of("k1", "nokia-perhekeskus",
                "14.3.2024")));
        Cli.Result r = check("--lang", "fi");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("Välilehteä \"Kokouset\" pkcheck ei lue; tarkoititko välilehteä \"Kokoukset\"?"), r.out());
        assertTrue(check("--lang", "sv").out().contains("menade du \"Möten\"?"));
    }

    @Test
    void aSheetOfDataUnderAnotherNameListsTheSheetsInTheReadersLanguage() throws IOException {
        add("Taulukko1", List.of(List.of("Ryhmä", "Henkilö", "Rooli"), List.of("nokia-perhekeskus", "p039",
                "jäsen")));
        String fi = check("--lang", "fi").out();
        assertTrue(fi.contains("Välilehteä \"Taulukko1\" pkcheck ei lue; välilehdet ovat: Organisaatiot, Henkilöt, "
                + "Ryhmät, Jäsenet, Kunnat, Alueet, Kohtaamispaikat, Kokoukset, Aineisto."), fi);
        assertTrue(check("--lang", "en").out().contains("the sheets are: organisations, people, groups, members,"));
    }
}
