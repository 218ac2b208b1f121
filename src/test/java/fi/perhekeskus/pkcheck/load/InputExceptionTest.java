package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Word;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An input problem keeps its key, arguments and place, and reads in English or in the renderer's language. */
class InputExceptionTest {

    /** A renderer that shows what it was given, so the test sees which key and arguments reached it. */
    private static final InputException.Renderer SHOWN = (key, args) -> "<" + key + " " + args + ">";

    @Test
    void aKeyedProblemKeepsItsPartsAndReadsInEnglish() {
        Location where = new Location("data.yaml", 3, 7);
        InputException e = InputException.keyed(where, "error.cannotReadFile", "disk full");

        assertEquals("error.cannotReadFile", e.key());
        assertEquals(List.of("disk full"), e.args());
        assertSame(where, e.where());
        assertEquals("data.yaml:3:7: cannot read file (disk full)", e.getMessage());
        assertEquals("data.yaml:3:7: <error.cannotReadFile [disk full]>", e.message(SHOWN));
    }

    @Test
    void aRendererMayWriteThePlaceInItsOwnWords() {
        InputException.Renderer ownPlace = new InputException.Renderer() {
            @Override
            public String text(String key, List<Object> args) {
                return "teksti";
            }

            @Override
            public String where(Location location) {
                return "rivi " + location.line();
            }
        };
        InputException located = InputException.keyed(new Location("a.yaml", 4, 1), "error.noWaiverFile");
        InputException named = InputException.keyed("b.yaml", "error.noWaiverFile");

        assertEquals("rivi 4: teksti", located.message(ownPlace));
        assertEquals("b.yaml: teksti", named.message(ownPlace), "a file name is written as it is");
    }

    @Test
    void aProblemAboutNothingInParticularHasNoPlace() {
        InputException e = InputException.of("error.unknownGroup", "G9");

        assertNull(e.where());
        assertEquals("unknown group 'G9' (--group)", e.getMessage());
        assertEquals("<error.unknownGroup [G9]>", e.message(SHOWN));
    }

    @Test
    void aCausedProblemKeepsItsCause() {
        IOException cause = new IOException("boom");
        InputException e = InputException.caused(cause, "c.yaml", "error.cannotReadFile", "boom");

        assertSame(cause, e.getCause());
        assertEquals("c.yaml: cannot read file (boom)", e.getMessage());
        assertEquals("error.cannotReadFile", e.key());
    }

    @Test
    void termsAmongTheArgumentsAreTranslatedToo() {
        InputException e = InputException.of("error.cannotReadFile", new Word("reason.noSuchFile"));

        assertEquals("cannot read file (no such file)", e.getMessage());
    }

    @Test
    void aKeyTheBundlesLackIsShownWithItsArguments() {
        assertEquals("no.such.key", InputException.englishText("no.such.key", List.of()));
        assertEquals("no.such.key [1, x]", InputException.englishText("no.such.key", List.of(1, "x")));
        assertEquals("d.yaml: no.such.key [2]", InputException.keyed("d.yaml", "no.such.key", 2).getMessage());
    }

    @Test
    void plainTextStaysAsItIsInEveryLanguage() {
        InputException e = new InputException("plain English");

        assertNull(e.key());
        assertTrue(e.args().isEmpty());
        assertNull(e.where());
        assertEquals("plain English", e.message(SHOWN));
        assertEquals("e.yaml: bad", InputException.at("e.yaml", "bad").message(SHOWN));
    }

    @Test
    void theCommonReasonsAFileCannotBeWrittenAreOurOwnWords() {
        assertEquals(new Word("reason.exists"), InputException.reasonTerm(
                new java.nio.file.FileAlreadyExistsException("/tmp/f.txt")));
        assertEquals(new Word("reason.noSpace"), InputException.reasonTerm(
                new java.nio.file.FileSystemException("/tmp/x", null, "No space left on device")));
        assertEquals(new Word("reason.readOnly"), InputException.reasonTerm(
                new java.nio.file.FileSystemException("/tmp/x", null, "Read-only file system")));
        assertEquals(new Word("reason.notDirectory"), InputException.reasonTerm(
                new java.nio.file.FileSystemException("/tmp/x", null, "Not a directory")));
        assertEquals("Too many open files", InputException.reasonTerm(
                new java.nio.file.FileSystemException("/tmp/x", null, "Too many open files")));
    }
}
