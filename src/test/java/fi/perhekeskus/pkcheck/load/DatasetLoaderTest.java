package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading YAML and JSON: locations, encodings, merging files, and problems that do not stop the load. */
class DatasetLoaderTest {

    @TempDir
    Path temp;

    private final DatasetLoader loader = new DatasetLoader();

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> keys(Dataset data) {
        return data.problems().stream().map(DataProblem::key).toList();
    }

    @Test
    void recordsKeepTheirFileAndLine() throws IOException {
        Path file = write("d.yaml", """
                schemaVersion: 1
                people:
                  - id: p1
                    organisation: x
                  - { id: p2 }
                groups:
                  - id: g1
                    tier: LOCAL
                    members:
                      - person: p1
                        role: CHAIR
                """);
        Dataset data = loader.load(List.of(file));
        assertEquals(3, data.people().get(0).location().line());
        assertEquals(5, data.people().get(1).location().line());
        assertEquals(7, data.groups().get(0).location().line());
        assertEquals(10, data.groups().get(0).members().get(0).location().line());
        assertTrue(data.people().get(0).location().file().endsWith("d.yaml"));
    }

    @Test
    void aPlainThreeDigitScalarKeepsItsLeadingZero() throws IOException {
        Path file = write("d.yaml", """
                schemaVersion: 1
                municipalities:
                  - { code: 020, name: Akaa }
                  - { code: "090", name: Heinävesi }
                """);
        Dataset data = loader.load(List.of(file));
        assertEquals(List.of(), data.problems());
        assertEquals("020", data.municipalities().get(0).code());
        assertEquals("090", data.municipalities().get(1).code());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        Path file = temp.resolve("bom.yaml");
        Files.write(file, ("\uFEFFschemaVersion: 1\r\npeople:\r\n  - id: p1\r\n    name: Äijälä\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Dataset data = loader.load(List.of(file));
        assertEquals("Äijälä", data.people().get(0).name());
        assertEquals(3, data.people().get(0).location().line());
    }

    @Test
    void jsonGivesTheSameRecordsAsYaml() throws IOException {
        Path yaml = write("y/d.yaml", "schemaVersion: 1\npeople:\n  - { id: p1, name: A, organisation: o }\n");
        Path json = write("j/d.json", "{\"schemaVersion\": 1,\n \"people\": [\n  {\"id\": \"p1\", \"name\": \"A\", "
                + "\"organisation\": \"o\"}]}\n");
        Dataset a = loader.load(List.of(yaml));
        Dataset b = loader.load(List.of(json));
        assertEquals(a.people().get(0).id(), b.people().get(0).id());
        assertEquals(a.people().get(0).organisation(), b.people().get(0).organisation());
        assertEquals(3, b.people().get(0).location().line());
    }

    @Test
    void aDirectoryIsReadRecursivelyInPathOrderAndOtherFilesAreIgnored() throws IOException {
        write("dir/b.yaml", "people:\n  - { id: p2 }\n");
        write("dir/a.yml", "schemaVersion: 1\npeople:\n  - { id: p1 }\n");
        write("dir/sub/c.json", "{\"people\": [{\"id\": \"p3\"}]}");
        write("dir/notes.txt", "not data");
        Dataset data = loader.load(List.of(temp.resolve("dir")));
        assertEquals(List.of("p1", "p2", "p3"), data.people().stream().map(p -> p.id()).toList());
        assertTrue(data.people().get(2).location().file().endsWith("dir/sub/c.json"));
    }

    @Test
    void everyProblemIsReportedAndTheRestIsKept() throws IOException {
        Path file = write("d.yaml", """
                schemaVersion: 1
                organisations:
                  - { id: o1, type: NGO, nmae: typo }
                  - { id: o1, type: KELA }
                  - { id: o2, type: KUNTA }
                  - { id: o3, type: MUNICIPALITY }
                groups:
                  - id: g1
                    tier: REGIONAL
                    tier: LOCAL
                    members:
                      - { person: p1, role: BOSS, from: 2024-13-01 }
                      - { person: p2, from: 2024-05-01, until: 2024-01-01 }
                      - just a string
                """);
        Dataset data = loader.load(List.of(file));
        List<String> keys = keys(data);
        assertTrue(keys.contains("DATA-003.unknownFieldSuggest"), keys.toString());
        assertTrue(keys.contains("DATA-001"), keys.toString());
        assertTrue(keys.contains("DATA-003.badEnum"), keys.toString());
        assertTrue(keys.contains("DATA-003.municipalityMissing"), keys.toString());
        assertTrue(keys.contains("DATA-003.duplicateKey"), keys.toString());
        assertTrue(keys.contains("DATA-003.badDateForm"), keys.toString());
        assertTrue(keys.contains("DATA-003.termOrder"), keys.toString());
        assertTrue(keys.contains("DATA-003.notRecord"), keys.toString());
        assertEquals(3, data.organisations().size());
        assertEquals(2, data.groups().get(0).members().size());
        assertNull(data.groups().get(0).members().get(0).role());
        assertEquals(Role.MEMBER, data.groups().get(0).members().get(1).role());
        DataProblem duplicate = data.problems().stream().filter(p -> p.rule().equals("DATA-001")).findFirst().get();
        assertEquals("organisation", duplicate.subjectType());
        assertEquals("o1", duplicate.subjectId());
        assertEquals(4, duplicate.location().line());
    }

    /** A members list that names its group by the group's name: DATA-002, naming the group's id to write. */
    @Test
    void aLooseEntryThatNamesItsGroupByNameIsToldTheGroupsId() throws IOException {
        Path file = write("m.yaml", """
                schemaVersion: 1
                groups:
                  - { id: g1, name: Nokian ohjausryhmä, tier: LOCAL }
                members:
                  - { group: "nokian  OHJAUSRYHMÄ ", person: p1 }
                  - { group: nosuch, person: p1 }
                """);
        List<DataProblem> problems = loader.load(List.of(file)).problems();
        assertEquals(List.of("DATA-002.name", "DATA-002"), problems.stream().map(DataProblem::key).toList());
        assertEquals("g1", problems.get(0).details().get("idOfName"));
        assertEquals("g1", problems.get(0).args().get(2));
        assertEquals(5, problems.get(0).location().line());
        assertNull(problems.get(1).details().get("idOfName"));
    }

    @Test
    void theTopLevelMustBeAMapping() throws IOException {
        Path file = write("list.yaml", "- a\n- b\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(List.of(file)));
        assertTrue(e.getMessage().contains("list.yaml:1:1"), e.getMessage());
    }

    @Test
    void anUnsupportedSchemaVersionIsAnInputError() throws IOException {
        Path file = write("v.yaml", "schemaVersion: 2\n");
        InputException e = assertThrows(InputException.class, () -> loader.load(List.of(file)));
        assertTrue(e.getMessage().contains("v.yaml:1:"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutDataFilesIsAnInputError() throws IOException {
        write("empty/readme.txt", "nothing");
        InputException e = assertThrows(InputException.class, () -> loader.load(List.of(temp.resolve("empty"))));
        assertEquals("error.emptyDirectory", e.key());
        for (String kind : List.of("*.yaml", "*.yml", "*.json", "*.xlsx", "*.ods", "CSV")) {
            assertTrue(e.getMessage().contains(kind), kind + " in " + e.getMessage());
        }
    }
}
