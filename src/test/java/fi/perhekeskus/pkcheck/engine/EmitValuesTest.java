package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values a rule writes into a finding's details are sorted, whatever order the facts came in. */
class EmitValuesTest {

    @Test
    void valuesAreWrittenAsTextInSortedOrder() {
        assertEquals(List.of("020", "108", "250"), Emit.sorted(new LinkedHashSet<>(List.of("250", "020", "108"))));
        assertEquals(List.of("1", "12", "3"), Emit.sorted(List.of(12, 3, 1)), "sorted as text");
        assertEquals(List.of(), Emit.sorted(List.of()));
    }
}
