package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lean node: fields in the order written, the first of a repeated key kept, places made when asked. */
class NodeTest {

    private static Node text(String text, int line) {
        return Node.at(Node.Kind.STRING, text, "a.json", line, 3);
    }

    @Test
    void anObjectKeepsItsFieldsInOrderAndTheFirstOfARepeatedKey() {
        Node object = Node.at(Node.Kind.OBJECT, null, "a.json", 1, 1);
        object.put("b", text("1", 2), null);
        object.put("a", text("2", 3), null);
        object.put("b", text("3", 4), new Location("a.json", 4, 2));

        assertEquals(List.of("b", "a"), new ArrayList<>(object.fields().keySet()));
        assertEquals("1", object.get("b").text());
        assertEquals("2", object.get("a").text());
        assertNull(object.get("c"));
        assertEquals(2, object.fieldCount());
        assertEquals("a", object.key(1));
        assertEquals("2", object.value(1).text());
        assertEquals(1, object.duplicateKeys().size());
        assertEquals("b", object.duplicateKeys().get(0).text());
        assertEquals(new Location("a.json", 4, 2), object.duplicateKeys().get(0).location());
        assertThrows(UnsupportedOperationException.class, () -> object.fields().put("c", text("4", 5)));
    }

    @Test
    void aLargeObjectFindsEveryKeyAndStillRefusesARepeat() {
        Node object = Node.at(Node.Kind.OBJECT, null, "a.json", 1, 1);
        int count = Node.INDEXED_FROM * 3;
        for (int i = 0; i < count; i++) {
            object.put("k" + i, text(String.valueOf(i), i + 2), null);
        }
        object.put("k" + (Node.INDEXED_FROM - 1), text("again", 99), new Location("a.json", 99, 1));
        object.put("k0", text("again", 100), new Location("a.json", 100, 1));

        assertEquals(count, object.fieldCount());
        for (int i = 0; i < count; i++) {
            assertEquals(String.valueOf(i), object.get(new String("k" + i)).text());
            assertEquals("k" + i, object.key(i));
        }
        assertNull(object.get("k" + count));
        assertEquals(List.of(99, 100), object.duplicateKeys().stream().map(n -> n.location().line()).toList());
    }

    @Test
    void anArrayKeepsItsItemsInOrder() {
        Node array = Node.at(Node.Kind.ARRAY, null, "a.json", 1, 1);
        for (int i = 0; i < 9; i++) {
            array.add(text("v" + i, i));
        }
        assertEquals(9, array.items().size());
        assertEquals("v0", array.items().get(0).text());
        assertEquals("v8", array.items().get(8).text());
        assertThrows(UnsupportedOperationException.class, () -> array.items().add(text("x", 1)));
        assertEquals(0, array.fieldCount());
        assertTrue(array.fields().isEmpty());
        assertNull(array.get("v0"));
    }

    @Test
    void aScalarHasNoFieldsNorItems() {
        Node scalar = text("x", 1);
        assertTrue(scalar.items().isEmpty());
        assertTrue(scalar.fields().isEmpty());
        assertNull(scalar.get("x"));
        assertTrue(scalar.duplicateKeys().isEmpty());
    }

    @Test
    void aContainersPlaceIsMadeOnceWhenAskedFor() {
        Node object = Node.at(Node.Kind.OBJECT, null, "a.json", 7, 9);
        Location at = object.location();
        assertEquals(new Location("a.json", 7, 9), at);
        assertSame(at, object.location());
        Node array = Node.at(Node.Kind.ARRAY, null, "a.json", 8, 2);
        assertSame(array.location(), array.location());
        assertEquals(new Location("a.json", 8, 2), array.location());
    }

    @Test
    void aScalarsPlaceIsMadeWhenAskedForAndNotKept() {
        Node scalar = Node.at(Node.Kind.NUMBER, "12", "a.json", 7, 9);
        assertEquals(new Location("a.json", 7, 9), scalar.location());
        assertEquals(scalar.location(), scalar.location());
        assertEquals(new Location("b.yaml", 1, 4), Node.at(Node.Kind.NULL, null, "b.yaml", 1, 4).location());
        assertNull(Node.at(Node.Kind.STRING, "x", null, 0, 0).location());
    }

    @Test
    void aScalarTakesNoFieldsNorItems() {
        Node scalar = text("x", 1);
        assertThrows(UnsupportedOperationException.class, () -> scalar.put("k", text("v", 2), null));
        assertThrows(UnsupportedOperationException.class, () -> scalar.putNew("k", text("v", 2)));
        assertThrows(UnsupportedOperationException.class, () -> scalar.add(text("v", 2)));
        assertThrows(IndexOutOfBoundsException.class, () -> scalar.key(0));
        assertThrows(IndexOutOfBoundsException.class, () -> scalar.value(0));
        assertEquals(0, scalar.fieldCount());
        assertEquals(Node.Kind.STRING, scalar.kind());
        assertTrue(scalar.isScalar());
    }

    @Test
    void aFieldPutAsNewIsFoundAndCountedLikeAnyOther() {
        Node object = Node.at(Node.Kind.OBJECT, null, "a.json", 1, 1);
        object.putNew("a", text("1", 2));
        object.put("b", text("2", 3), null);
        object.put("a", text("3", 4), new Location("a.json", 4, 2));
        assertEquals("1", object.get("a").text());
        assertEquals("2", object.get("b").text());
        assertEquals(2, object.fieldCount());
        assertEquals(List.of("a"), object.duplicateKeys().stream().map(Node::text).toList());
        for (int i = 0; i < Node.INDEXED_FROM * 2; i++) {
            object.putNew("n" + i, text(String.valueOf(i), i));
        }
        assertEquals(String.valueOf(Node.INDEXED_FROM + 1), object.get(new String("n" + (Node.INDEXED_FROM + 1))).text());
        assertEquals(2 + Node.INDEXED_FROM * 2, object.fieldCount());
    }

    @Test
    void anArrayHasNoFieldsAndAnObjectNoItems() {
        Node array = Node.array(new Location("a.json", 1, 1));
        array.add(text("v", 1));
        assertTrue(array.fields().isEmpty());
        assertNull(array.get("v"));
        Node object = Node.object(new Location("a.json", 1, 1));
        object.put("k", text("v", 1), null);
        assertTrue(object.items().isEmpty());
        assertEquals("v", object.get("k").text());
        assertNull(Node.object(null).location());
        assertEquals(new Location("a.json", 1, 1), object.location());
    }

    @Test
    void aGivenPlaceIsKeptAsGiven() {
        Location cell = Location.cell("a.xlsx", "Jäsenet", 4, 2);
        assertSame(cell, Node.scalar(Node.Kind.STRING, "x", cell).location());
        assertNull(Node.scalar(Node.Kind.STRING, "x", null).location());
        Location row = Location.cell("a.xlsx", "Jäsenet", 5, 0);
        assertSame(row, Node.object(row).location());
        assertEquals("x", Node.scalar(Node.Kind.STRING, "x", cell).text());
    }
}
