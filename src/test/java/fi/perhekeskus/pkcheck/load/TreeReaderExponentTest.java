package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A number's exponent is limited, since 1e99999999 is short to write but huge to expand: up to
 * {@link InputLimits#MAX_EXPONENT} either way is read as written, beyond that the file is refused at the number.
 */
class TreeReaderExponentTest {

    private final TreeReader reader = new TreeReader();

    private Node json(String text) {
        return reader.parse(text.getBytes(StandardCharsets.UTF_8), "d.json", true);
    }

    @Test
    void exponentsUpToTheLimitAreReadAsWritten() {
        int max = InputLimits.MAX_EXPONENT;
        for (String number : new String[] {"12", "1e5", "2E-7", "1e" + max, "1E+" + max, "1.5e-" + max,
                "1e000" + max, "1e0", "1e-0000"}) {
            Node value = json("{\"a\": " + number + "}").get("a");
            assertEquals(Node.Kind.NUMBER, value.kind(), number);
            assertEquals(number, value.text());
        }
    }

    @Test
    void anExponentBeyondTheLimitIsRefusedAtTheNumber() {
        int max = InputLimits.MAX_EXPONENT;
        for (String number : new String[] {"1e" + (max + 1), "1E-" + (max + 1), "1e+99999", "1e123456",
                "1e99999999999"}) {
            InputException e = assertThrows(InputException.class, () -> json("{\"a\": " + number + "}"), number);
            assertEquals("d.json:1:7: input limit exceeded: a number's exponent is beyond ±"
                    + String.format(java.util.Locale.ROOT, "%,d", max) + " (see docs/security.md)", e.getMessage());
        }
    }

    @Test
    void anExponentIsOnlyDigitsAfterItsSign() {
        assertTrue(TreeReader.exponentWithinLimit("7"));
        assertTrue(TreeReader.exponentWithinLimit("1e+00"));
        assertFalse(TreeReader.exponentWithinLimit("1e"), "no digits");
        assertFalse(TreeReader.exponentWithinLimit("1e+"), "only a sign");
        assertFalse(TreeReader.exponentWithinLimit("1e1x"));
        assertFalse(TreeReader.exponentWithinLimit("1e" + (InputLimits.MAX_EXPONENT + 1)));
    }
}
