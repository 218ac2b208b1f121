package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

    @Test
    void suggestsTheClosestCandidateWithinATypoDistance() {
        assertEquals("organisation", Suggest.closest("organization", List.of("id", "name", "organisation")));
        assertEquals("MUNICIPALITY", Suggest.closest("MUNICIPALTY", List.of("NGO", "MUNICIPALITY", "KELA")));
        assertEquals("role", Suggest.closest("rol", List.of("person", "role", "deputy")));
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertNull(Suggest.closest("colour", List.of("id", "name", "tier")));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggest.distance("abc", "abc"));
        assertEquals(1, Suggest.distance("abc", "abd"));
        assertEquals(3, Suggest.distance("", "abc"));
        assertEquals(1, Suggest.distance("ab", "ba"), "two neighbouring letters swapped are one typo");
        assertEquals(1, Suggest.distance("rooil", "rooli"));
        assertEquals(2, Suggest.distance("rooil", "roll"));
        assertEquals(3, Suggest.distance("ca", "abc"), "no letter is edited twice");
    }

    @Test
    void aSwappedPairWinsOverTwoEdits() {
        assertEquals("rooli", Suggest.closest("rooil", java.util.List.of("roll", "rooli", "role")));
    }
}
