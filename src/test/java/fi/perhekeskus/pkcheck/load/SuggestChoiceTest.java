package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which candidate a did-you-mean offers: the nearest, the first in alphabetical order on a tie, none too far. */
class SuggestChoiceTest {

    @Test
    void onATieTheAlphabeticallyFirstIsOfferedWhateverTheOrder() {
        assertEquals("aa", Suggest.closest("ab", List.of("aa", "ac")));
        assertEquals("aa", Suggest.closest("ab", List.of("ac", "aa")));
        assertEquals("ac", Suggest.closest("ab", List.of("ac", "xy")), "the nearer wins over a later one");
    }

    @Test
    void aCandidateExactlyAsFarAsAllowedIsStillOffered() {
        assertEquals("abcdxy", Suggest.closest("abcdef", List.of("abcdxy")), "two edits in six letters");
        assertNull(Suggest.closest("abcdef", List.of("abcxyz")), "three edits in six letters");
        assertEquals("abcdefxyz", Suggest.closest("abcdefghi", List.of("abcdefxyz")), "three edits in nine letters");
        assertNull(Suggest.closest("abcdefghi", List.of("abcdewxyz")), "four edits in nine letters");
    }
}
