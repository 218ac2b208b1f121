package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeWriterTest {

    private static String through(boolean colour, String... writes) throws IOException {
        StringWriter out = new StringWriter();
        SafeWriter safe = new SafeWriter(out, colour);
        for (String w : writes) {
            safe.write(w);
        }
        safe.close();
        return out.toString();
    }

    @Test
    void safeTextPassesAsItIs() throws IOException {
        assertEquals("Nokian kaupunki\tåäö \"x\"\n", through(false, "Nokian kaupunki\tåäö \"x\"\n"));
    }

    @Test
    void controlAndBidiCharactersAreReplacedWherevertheyStand() throws IOException {
        assertEquals("\uFFFDa\uFFFDb\uFFFD\uFFFD", through(false, "\u0007a\u202Eb\u2028\u0085"));
        assertEquals("\uFFFD[31mred", through(false, "\u001b[31mred"));
        assertEquals(" ~\uFFFD\u00A0\uFFFD\uFFFD", through(false, " ~\u007f\u00A0\u001f\u009f"));
    }

    @Test
    void theEscapePassesInColour() throws IOException {
        assertEquals("\u001b[31mred\u001b[0m", through(true, "\u001b[31mred\u001b[0m"));
    }

    @Test
    void aCarriageReturnPassesOnlyBeforeALineFeedEvenAcrossWrites() throws IOException {
        assertEquals("a,b\r\nc\uFFFDd", through(false, "a,b\r\nc\rd"));
        assertEquals("a\r\nb", through(false, "a\r", "\nb"));
        assertEquals("a\uFFFDb", through(false, "a\r", "b"));
        assertEquals("a\uFFFD\uFFFD\uFFFD\n", through(false, "a\r\r", "\u0001\n"));
        assertEquals("a\uFFFD", through(false, "a\r"));
    }

    @Test
    void writesOnlyTheSliceAsked() throws IOException {
        StringWriter out = new StringWriter();
        SafeWriter safe = new SafeWriter(out);
        safe.write("xx\u0000yy", 1, 3);
        safe.write(new char[] {'p', '\r', '\n', 'q'}, 1, 2);
        safe.write('z');
        safe.write('\u0000');
        safe.flush();
        assertEquals("x\uFFFDy\r\nz\uFFFD", out.toString());
    }

    @Test
    void longTextIsWrittenWhole() throws IOException {
        String text = "ryhmä\u0000".repeat(5_000);
        assertEquals(text.replace('\u0000', '\uFFFD'), through(false, text));
    }
}
