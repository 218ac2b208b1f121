package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks and CSV files made to exhaust memory (issue 22), each checked in a child JVM with 256 MB of heap:
 * every one ends in a report or in one line and exit 2, within a bounded time, never in an OutOfMemoryError or a
 * trace. The files are generated here (a few MB each, unpacking to up to 90 MB of XML).
 */
class HostileSpreadsheetTest {

    @TempDir
    Path temp;

    /** What the child process did. */
    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--model", "pirkanmaa"));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no end within 180 s: " + String.join(" ", args));
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        assertFalse(run.err().contains("OutOfMemoryError") || run.err().contains("\tat "), run.err());
        assertTrue(run.exit() <= 2, run.err());
        return run;
    }

    private static void oneLine(Run run, String says) {
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(says), run.err());
    }

    /** Writes a workbook's parts by hand: a dataset sheet and a members sheet whose rows {@code rows} writes. */
    private Path workbook(String name, String sharedStrings, RowWriter rows) throws IOException {
        Path file = temp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/worksheets/sheet2.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"dataset\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "<sheet name=\"members\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                    + "sheet2.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://"
                    + "schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings + "</sst>");
            part(zip, "xl/worksheets/sheet1.xml", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                    + "schemaVersion</t></is></c><c r=\"B1\"><v>1</v></c></row>"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
            Writer xml = new BufferedWriter(new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8), 1 << 16);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats."
                    + "org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>group"
                    + "</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>person</t></is></c></row>");
            rows.write(xml);
            xml.write("</sheetData></worksheet>");
            xml.flush();
        }
        return file;
    }

    /** Writes the rows of the members sheet after its header. */
    private interface RowWriter {
        void write(Writer xml) throws IOException;
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    private static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lets a writer be flushed into a zip entry without closing the zip. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aStrayCellInTheLastColumnOfEveryRowIsNotRead() throws Exception {
        Path file = workbook("xfd.xlsx", "", xml -> {
            for (int r = 2; r <= 200_000; r++) {
                xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>g1</t></is></c><c r=\"B" + r
                        + "\" t=\"inlineStr\"><is><t>p" + r + "</t></is></c><c r=\"XFD" + r + "\"><v>1</v></c></row>");
            }
        });
        Run run = run("validate", file.toString(), "--format", "json");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("DATA-002"), "the seats are read: their group does not exist");
    }

    @Test
    void aSheetThatUnpacksToNinetyMegabytesOfEmptyCellsIsReadInBoundedMemory() throws Exception {
        Path file = workbook("ninety.xlsx", "", xml -> {
            StringBuilder row = new StringBuilder();
            for (int r = 2; r <= 40_000; r++) {
                row.setLength(0);
                row.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < 100; c++) {
                    row.append("<c r=\"").append((char) ('C' + c % 20)).append(r).append("\" s=\"0\"/>");
                }
                xml.write(row.append("</row>").toString());
            }
        });
        assertTrue(Files.size(file) < 5_000_000, "a small file: " + Files.size(file));
        Run run = run("validate", file.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void aLongSharedStringUsedAsTheGroupOfThousandsOfRowsIsOneLine() throws Exception {
        Path file = workbook("shared.xlsx", "<si><t>" + "g".repeat(90_000) + "</t></si>", xml -> {
            for (int r = 2; r <= 20_000; r++) {
                xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>0</v></c><c r=\"B" + r
                        + "\" t=\"inlineStr\"><is><t>p" + r + "</t></is></c></row>");
            }
        });
        oneLine(run("check", file.toString()), "[members] A2");
    }

    @Test
    void aLongGroupIdTimesManyMembersIsReadOnceAndChecked() throws Exception {
        String group = "g".repeat(199);
        Path file = workbook("members.xlsx", "", xml -> {
            for (int r = 2; r <= 150_000; r++) {
                xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + group + "</t></is></c>"
                        + "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>p" + r + "</t></is></c></row>");
            }
        });
        Run run = run("validate", file.toString(), "--format", "json", "-o", temp.resolve("r.json").toString());
        assertEquals(1, run.exit(), run.err());
    }

    @Test
    void aCellOverTheValueLimitIsOneLine() throws Exception {
        Path file = workbook("cell.xlsx", "", xml -> xml.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>g1"
                + "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>" + "x".repeat(100_001) + "</t></is></c></row>"));
        oneLine(run("check", file.toString()), "more than 100,000 characters");
    }

    @Test
    void aLargeCsvIsReadAsAStreamAndAnOverlongValueIsOneLine() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("csv"));
        Files.writeString(dir.resolve("dataset.csv"), "key;value\nschemaVersion;1\n");
        try (Writer csv = Files.newBufferedWriter(dir.resolve("people.csv"))) {
            // 400 MB, nearly all of it in a column of the user's own, which is not read.
            csv.write("id;name;huomautukset\n");
            String notes = "x".repeat(4_000);
            for (int r = 0; r < 100_000; r++) {
                csv.write("p" + r + ";Nimi;" + notes + "\n");
            }
        }
        assertTrue(Files.size(dir.resolve("people.csv")) > 400_000_000L);
        Run big = run("validate", dir.toString(), "--max-file-size", "1G");
        assertEquals(0, big.exit(), big.err());
        Files.delete(dir.resolve("people.csv"));
        Files.writeString(dir.resolve("people.csv"), "id;name\np1;" + "x".repeat(100_001) + "\n");
        oneLine(run("check", dir.toString()), "people.csv");
    }
}
