package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command loses a user's file: none writes over one of its inputs (not even with --force), -o replaces
 * another kind of file only with --force, template and convert replace nothing without it, and a run that fails
 * leaves the old file whole and no temporary file behind.
 */
class OverwriteCliTest {

    @TempDir
    Path temp;

    private Path data;

    @BeforeEach
    void copyTheSampleWorkbook() throws IOException {
        data = Files.copy(TestPaths.repository().resolve("sample-data/pirkanmaa.xlsx"), temp.resolve("data.xlsx"));
    }

    /** Runs a command that must refuse: exit 2, one line on stderr, {@code file} untouched. */
    private void refuses(Path file, String... args) throws IOException {
        assertTrue(keeps(file, args).startsWith("pkcheck: " + file + ": "));
    }

    /** Runs a command that must fail (exit 2, one line) leaving {@code file} untouched; its error line. */
    private String keeps(Path file, String... args) throws IOException {
        byte[] before = Files.readAllBytes(file);
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
        assertEquals(0, r.out().length());
        noTemporaryFiles();
        return r.err();
    }

    private void noTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void checkValidateAndMeetingNeverWriteOverTheirInput() throws IOException {
        for (String command : new String[] {"check", "validate"}) {
            refuses(data, command, data.toString(), "-o", data.toString());
            refuses(data, command, data.toString(), "-o", data.toString(), "--force");
            refuses(data, command, temp.toString(), "-o", data.toString(), "--force");
        }
        refuses(data, "meeting", data.toString(), "--group", "g1", "--attendees", "p1", "-o", data.toString());
    }

    @Test
    void theRefusalIsInTheChosenLanguage() throws IOException {
        assertEquals("pkcheck: " + data + ": tiedosto on tämän komennon syöte; pkcheck ei koskaan kirjoita syötteensä päälle "
                + "(anna toinen -o)", keeps(data, "check", data.toString(), "-o", data.toString(), "--lang", "fi").strip());
        Path other = Files.writeString(temp.resolve("muistio.yaml"), "notes: keep me\n");
        assertTrue(keeps(other, "template", "--model", "pirkanmaa", "-o", other.toString(), "--lang", "sv")
                .contains("filen finns redan; pkcheck ersätter den inte"));
    }

    @Test
    void networkNeverWritesOverItsInput() throws IOException {
        refuses(data, "network", data.toString(), "-o", data.toString(), "--force");
    }

    @Test
    void aReportReplacesAnEarlierReportOfItsFormatButNoOtherFileWithoutForce() throws IOException {
        Path report = temp.resolve("report.json");
        Cli.Result first = Cli.run("check", data.toString(), "--format", "json", "-o", report.toString());
        assertEquals(1, first.exit(), first.err());
        Files.writeString(report, Files.readString(report).replace("\"pkcheck\"", "\"pkcheck\" "));
        Cli.Result again = Cli.run("check", data.toString(), "--format", "json", "-o", report.toString());
        assertEquals(1, again.exit(), "an earlier JSON report is replaced: " + again.err());
        assertFalse(Files.readString(report).contains("\"pkcheck\" "));
        refuses(report, "check", data.toString(), "--format", "text", "-o", report.toString());
        Path yaml = Files.writeString(temp.resolve("notes.yaml"), "schemaVersion: 1\n");
        refuses(yaml, "check", data.toString(), "-o", yaml.toString());
        Path other = Files.copy(data, temp.resolve("other.xlsx"));
        refuses(other, "check", data.toString(), "-o", other.toString());
        Path dataJson = Files.writeString(temp.resolve("data2.json"), "{\"schemaVersion\": 1}");
        refuses(dataJson, "check", data.toString(), "--format", "json", "-o", dataJson.toString());
        Cli.Result forced = Cli.run("check", data.toString(), "--format", "text", "-o", yaml.toString(), "--force");
        assertEquals(1, forced.exit(), forced.err());
        assertTrue(Files.readString(yaml).startsWith("pkcheck"), "--force replaces it");
    }

    /**
     * CSV of one language is not written beside CSV of another (members.csv and Jäsenet.csv are one sheet, which a
     * check of the directory would read twice), not even with --force; the same language is replaced with it.
     */
    @Test
    void csvOfOneLanguageIsNotWrittenBesideCsvOfAnother() throws IOException {
        Path dir = temp.resolve("csv");
        assertEquals(0, Cli.run("convert", data.toString(), "--to", "csv", "--lang", "en", "-o", dir.toString())
                .exit());
        Path members = dir.resolve("members.csv");
        List<String> convert = List.of("convert", data.toString(), "--to", "csv", "--lang", "fi", "-o", dir.toString());
        for (List<String> args : List.of(convert, Stream.concat(convert.stream(), Stream.of("--force")).toList())) {
            String line = keeps(members, args.toArray(String[]::new));
            assertTrue(line.contains(dir.resolve("areas.csv") + ": ") && line.contains("Alueet.csv"), line);
        }
        assertFalse(Files.exists(dir.resolve("Jäsenet.csv")));
        assertEquals(0, Cli.run("convert", data.toString(), "--to", "csv", "--lang", "en", "--force", "-o",
                dir.toString()).exit(), "the same language is replaced with --force");
    }

    @Test
    void templateReplacesNoFileWithoutForce() throws IOException {
        refuses(data, "template", "--model", "pirkanmaa", "-o", data.toString());
        Path yaml = Files.writeString(temp.resolve("t.yaml"), "x: 1\n");
        refuses(yaml, "template", "--model", "pirkanmaa", "--format", "yaml", "-o", yaml.toString());
        Path dir = Files.createDirectories(temp.resolve("csv"));
        Path members = Files.writeString(dir.resolve("Jäsenet.csv"), "Ryhmä;Henkilö\n");
        refuses(members, "template", "--model", "pirkanmaa", "--format", "csv", "-o", dir.toString());
        Cli.Result forced = Cli.run("template", "--model", "pirkanmaa", "-o", data.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        Path model = Files.copy(TestPaths.repository().resolve("rules/models/pirkanmaa.yaml"),
                temp.resolve("model.yaml"));
        refuses(model, "template", "--model", model.toString(), "--format", "yaml", "-o", model.toString(),
                "--force");
    }

    @Test
    void convertReplacesNoFileWithoutForceAndNeverItsInput() throws IOException {
        Path yaml = Files.writeString(temp.resolve("out.yaml"), "x: 1\n");
        refuses(yaml, "convert", data.toString(), "--to", "yaml", "-o", yaml.toString());
        refuses(data, "convert", data.toString(), "--to", "xlsx", "-o", data.toString(), "--force");
        Cli.Result csv = Cli.run("convert", data.toString(), "--to", "csv", "-o", temp.resolve("csv").toString());
        assertEquals(0, csv.exit(), csv.err());
        Path members = temp.resolve("csv/members.csv");
        assertTrue(keeps(members, "convert", temp.resolve("csv").toString(), "--to", "csv", "-o",
                temp.resolve("csv").toString(), "--force").contains("is one of this command's inputs"));
        assertTrue(keeps(members, "convert", data.toString(), "--to", "csv", "-o", temp.resolve("csv").toString())
                .contains("the file exists"));
        Cli.Result forced = Cli.run("convert", data.toString(), "--to", "yaml", "-o", yaml.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(yaml, StandardCharsets.UTF_8).contains("schemaVersion"));
    }

    @Test
    void aRunThatFailsLeavesTheOldFileWhole() throws IOException {
        Path report = temp.resolve("report.txt");
        Files.writeString(report, "pkcheck: an earlier report\n");
        Path broken = Files.writeString(temp.resolve("broken.yaml"), "schemaVersion: 1\npeople: [\n");
        assertTrue(keeps(report, "check", broken.toString(), "-o", report.toString()).contains("cannot parse"));
        Path yaml = Files.writeString(temp.resolve("old.yaml"), "x: 1\n");
        assertTrue(keeps(yaml, "convert", broken.toString(), "--to", "yaml", "-o", yaml.toString(), "--force")
                .contains("cannot parse"));
    }
}
