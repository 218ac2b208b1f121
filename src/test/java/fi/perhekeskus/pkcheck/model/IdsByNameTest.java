package fi.perhekeskus.pkcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which id a name given where an id belongs stands for: exactly one record's, or none. */
class IdsByNameTest {

    private static Person person(String id, String name) {
        return new Person(id, name, null, null, null);
    }

    private final IdsByName people = IdsByName.of(List.of(person("p1", "Outi Toivonen"), person("p2", "Anna Aho"),
            person("p3", "anna  aho"), person("p4", null), person(null, "Ei Tunnusta"), person("p5", "  "),
            person("p6", "Sama"), person("p6", "Sama")), Person::name, Person::id);

    @Test
    void aNameIsMatchedIgnoringCaseAndRunsOfSpaces() {
        assertEquals("p1", people.idOf("Outi Toivonen"));
        assertEquals("p1", people.idOf("  OUTI\tTOIVONEN "));
        assertEquals("p1", people.idOf("outi   toivonen"));
    }

    @Test
    void aNameTwoRecordsShareNamesNeither() {
        assertNull(people.idOf("Anna Aho"));
        assertEquals("p6", people.idOf("sama"), "the same record read twice is one id");
    }

    @Test
    void nothingIsFoundForNoNameOrNoId() {
        assertNull(people.idOf(null));
        assertNull(people.idOf(" "));
        assertNull(people.idOf("Ei Tunnusta"), "a record without an id gives none");
        assertNull(people.idOf("Pekka"));
    }

    @Test
    void anIdThatIsItsOwnNameIsNoHint() {
        IdsByName odd = IdsByName.of(List.of(person("x", "x")), Person::name, Person::id);
        assertNull(odd.idOf("x"));
        assertEquals("x", odd.idOf("X"));
    }
}
