package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One record's fields: the problems each way of getting a field wrong gives, with subject and place. */
class FieldsTest {

    private static Node json(String text) {
        return new TreeReader().parse(text.getBytes(StandardCharsets.UTF_8), "m.json", true);
    }

    @Test
    void aMembershipsProblemsNameItsGroupAndPerson() {
        List<DataProblem> problems = new ArrayList<>();
        Node node = json("{\"person\": \"p1\", \"rol\": \"CHAIR\", \"from\": \"2024-13-01\", \"person\": \"p2\"}");
        Fields f = new Fields(node, "membership", "g1", "p1", Set.of("person", "role", "from"), problems);
        assertNull(f.date("from", false, new DateCache()));
        assertEquals(3, problems.size());
        for (DataProblem p : problems) {
            assertEquals("g1/p1", p.subjectId());
            assertEquals("membership", p.subjectType());
        }
        assertEquals("DATA-003.unknownFieldSuggest", problems.get(0).key());
        assertEquals(new Location("m.json", 1, 25), problems.get(0).location());
        assertEquals("DATA-003.duplicateKey", problems.get(1).key());
        assertEquals("DATA-003.badDateForm", problems.get(2).key());
        assertEquals(new Location("m.json", 1, 42), problems.get(2).location());
    }

    @Test
    void aRecordWithoutATailIsNamedByItsId() {
        List<DataProblem> problems = new ArrayList<>();
        Node node = json("{\"id\": \"p1\", \"role\": \"KING\", \"when\": \"2024-03-01\"}");
        Fields f = new Fields(node, "person", "p1", Set.of("id", "role", "when"), problems);
        assertNull(f.enumValue("role", Role.class, true));
        assertEquals(LocalDate.of(2024, 3, 1), f.date("when", true, null));
        assertEquals(1, problems.size());
        assertEquals("p1", problems.get(0).subjectId());
        assertEquals("DATA-003.badEnum", problems.get(0).key());
    }

    @Test
    void anEnumIsFoundByItsCode() {
        List<DataProblem> problems = new ArrayList<>();
        Fields f = new Fields(json("{\"role\": \"VICE_CHAIR\"}"), "membership", "g", "p", Set.of("role"), problems);
        assertEquals(Role.VICE_CHAIR, f.enumValue("role", Role.class, true));
        assertEquals(Role.VICE_CHAIR, f.enumValue("role", Role.class, true));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aCodeIsThreeDigits() {
        assertTrue(Fields.isCode("020"));
        assertTrue(Fields.isCode("999"));
        assertFalse(Fields.isCode("20"));
        assertFalse(Fields.isCode("0200"));
        assertFalse(Fields.isCode("02a"));
        assertFalse(Fields.isCode("/20"));
        assertFalse(Fields.isCode("0:0"));
        assertFalse(Fields.isCode("２０２"));
    }
}
