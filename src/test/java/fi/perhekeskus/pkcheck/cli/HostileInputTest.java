package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual inputs, one class of issue 22 each: the exit code, one line on standard error and no
 * trace, within bounded time, and (in a child JVM with a small heap) bounded memory. Large inputs are
 * generated at test time, never committed.
 */
class HostileInputTest {

    private static final String SAMPLE = TestPaths.repository().resolve("sample-data/pirkanmaa").toString();

    @TempDir
    Path dir;

    private static void assertOneLine(Cli.Result run) {
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void pseudonymiseReplacesPeopleReferredToButNotDefined() throws IOException {
        Path data = write("data.yaml", """
                schemaVersion: 1
                organisations:
                  - { id: pirha, type: WELLBEING_REGION, name: Pirha }
                people:
                  - { id: defined-person, name: Anna, organisation: pirha }
                groups:
                  - id: g1
                    name: Ryhmä
                    tier: PROVINCIAL
                    members:
                      - { person: defined-person, role: CHAIR, deputy: ghost-deputy, from: 2023-01-01 }
                      - { person: ghost-member, from: 2023-01-01 }
                """);
        String plain = Cli.run("check", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01", "--format",
                "json").out();
        assertTrue(plain.contains("ghost-member") && plain.contains("ghost-deputy"), plain);
        for (String format : List.of("json", "text", "csv", "markdown", "sarif", "junit", "html")) {
            Cli.Result run = Cli.run("check", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01",
                    "--format", format, "--pseudonymise");
            assertTrue(run.exit() <= 1, run.err());
            assertFalse(run.out().contains("ghost-"), format + ": " + run.out());
            assertFalse(run.out().contains("defined-person"), format);
        }
    }

    @Test
    void aHugeExponentIsRefusedNotExpanded() throws IOException {
        for (String number : List.of("1e99999999", "-2.5E+1000001", "1e-99999999")) {
            Path data = write("n.json", "{\"schemaVersion\": 1, \"people\": [{\"id\": " + number + "}]}");
            long start = System.nanoTime();
            Cli.Result convert = Cli.run("convert", data.toString(), "--to", "yaml", "-o",
                    dir.resolve("out-" + number.hashCode() + ".yaml").toString());
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "convert took too long");
            assertEquals(2, convert.exit(), convert.err());
            assertOneLine(convert);
            assertTrue(convert.err().contains("n.json:1:") && convert.err().contains("exponent"), convert.err());
            Cli.Result check = Cli.run("check", data.toString(), "--model", "pirkanmaa");
            assertEquals(2, check.exit(), check.err());
            assertOneLine(check);
        }
        Path fine = write("fine.json", "{\"schemaVersion\": 1e0, \"people\": [{\"id\": 1.5e3}]}");
        Cli.Result converted = Cli.run("convert", fine.toString(), "--to", "yaml", "-o",
                dir.resolve("fine.yaml").toString());
        assertEquals(0, converted.exit(), "an ordinary exponent is a number like any other: " + converted.err());
        assertTrue(Files.readString(dir.resolve("fine.yaml")).contains("id: 1500"),
                Files.readString(dir.resolve("fine.yaml")));
    }

    @Test
    void aYamlFileThatIsOneRunOfSpacesStopsAtOnce() throws IOException {
        Path spaces = dir.resolve("spaces.yaml");
        byte[] run = new byte[16 << 20];
        java.util.Arrays.fill(run, (byte) ' ');
        Files.write(spaces, run);
        byte[] afterValue = new byte[16 << 20];
        java.util.Arrays.fill(afterValue, (byte) ' ');
        System.arraycopy("schemaVersion: 1".getBytes(StandardCharsets.US_ASCII), 0, afterValue, 0, 16);
        afterValue[afterValue.length - 1] = '\n';
        Path trailing = dir.resolve("trailing.yaml");
        Files.write(trailing, afterValue);
        for (Path file : List.of(spaces, trailing)) {
            long start = System.nanoTime();
            Cli.Result result = Cli.run("validate", file.toString(), "--model", "pirkanmaa");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(2, result.exit(), result.err());
            assertOneLine(result);
            assertTrue(result.err().contains("spaces in a row"), result.err());
            assertTrue(millis < 20_000, file + " took " + millis + " ms");
        }
    }

    @Test
    void aParseErrorNeverQuotesTheFilesContent() throws IOException {
        String secret = "ghp_S3cr3tT0k3nV4lu3";
        write("secret.json", secret + "\n");
        write("secret2.json", "{\"a\": " + secret + "}\n");
        write("secret3.json", "[\"" + secret + "\" \"x\"]\n");
        write("secret.yaml", "a: !" + secret + " x\nb: [\n");
        for (String name : List.of("secret.json", "secret2.json", "secret3.json", "secret.yaml")) {
            Path data = write("data-" + name + ".yaml", "schemaVersion: 1\nmodel: " + name + "\n");
            Cli.Result run = Cli.run("check", data.toString());
            assertEquals(2, run.exit(), run.err());
            assertOneLine(run);
            assertTrue(run.err().contains(name), run.err());
            assertFalse(run.err().contains("S3cr3t"), run.err());
            Cli.Result direct = Cli.run("check", dir.resolve(name).toString(), "--model", "pirkanmaa");
            assertEquals(2, direct.exit(), direct.err());
            assertFalse(direct.err().contains("S3cr3t"), direct.err());
        }
    }

    private static final String HOSTILE = "A\u001b[31mB\u202EC\u0085D\u2066E\u0007F\u200FG";

    private static void assertScrubbed(String where, String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            // a carriage return passes only as the first half of a line end (CSV ends its lines with CR LF)
            boolean lineEnd = c == '\r' && i + 1 < out.length() && out.charAt(i + 1) == '\n';
            assertFalse(c != '\n' && c != '\t' && !lineEnd && fi.perhekeskus.pkcheck.report.SafeText.unsafe(c),
                    where + ": U+" + Integer.toHexString(c) + " written");
        }
    }

    @Test
    void everyFormatScrubsControlAndBidiCharactersFromTheData() throws Exception {
        Path data = write("hostile.yaml", """
                schemaVersion: 1
                organisations:
                  - { id: pirha, type: WELLBEING_REGION, name: "%1$s" }
                people:
                  - { id: p1, name: "%1$s", organisation: pirha }
                  - { id: p2, name: "%1$s", organisation: pirha }
                groups:
                  - id: g1
                    name: "%1$s"
                    tier: PROVINCIAL
                    members:
                      - { person: p1, role: CHAIR, from: 2023-01-01 }
                      - { person: p2, from: 2023-01-01, until: "%1$s" }
                """.formatted(HOSTILE.replace("\u001b", "\\e").replace("\u0085", "\\N").replace("\u0007", "\\a")));
        for (String format : List.of("text", "json", "csv", "markdown", "html", "sarif", "junit")) {
            for (boolean names : new boolean[] {false, true}) {
                Cli.Result run = names
                        ? Cli.run("check", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01",
                                "--format", format, "--names")
                        : Cli.run("check", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01",
                                "--format", format);
                assertTrue(run.exit() <= 1, run.err());
                assertScrubbed(format, run.out());
            }
        }
        for (String format : List.of("text", "json", "graphml", "dot", "mermaid", "html")) {
            Cli.Result run = Cli.run("network", data.toString(), "--model", "pirkanmaa", "--date", "2024-03-01",
                    "--format", format, "--names");
            assertEquals(0, run.exit(), run.err());
            assertScrubbed("network " + format, run.out());
            if (format.equals("graphml")) {
                javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                        run.out().getBytes(StandardCharsets.UTF_8)));
            }
        }
        Path named = write("A\u001b[2JB\u202E.yaml", "schemaVersion: [\n");
        Cli.Result broken = Cli.run("check", named.toString(), "--model", "pirkanmaa");
        assertEquals(2, broken.exit());
        assertOneLine(broken);
        assertScrubbed("exit-2 line", broken.err().strip());
    }
}
