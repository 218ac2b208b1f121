package fi.perhekeskus.pkcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleFamiliesTest {

    @Test
    void aFamilyIsTheIdBeforeItsFirstDash() {
        assertEquals("CHAIR", RuleFamilies.of("CHAIR-003"));
        assertEquals("MY", RuleFamilies.of("MY-RULE-1"));
        assertEquals("LONE", RuleFamilies.of("LONE"));
    }

    @Test
    void catalogueFamiliesComeInTheCataloguesOrderThenOthersAlphabetically() {
        List<String> sorted = Stream.of("ZED", "NET", "WAIVER", "ABC", "DATA", "CHAIR", "STRUCT")
                .sorted(RuleFamilies.ORDER).toList();
        assertEquals(List.of("DATA", "STRUCT", "CHAIR", "NET", "WAIVER", "ABC", "ZED"), sorted);
    }
}
