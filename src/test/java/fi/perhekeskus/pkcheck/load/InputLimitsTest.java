package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file size limit: how it is written, where it is checked, how sizes read in messages; and the words
 * {@link InputException#reason} finds for read errors.
 */
class InputLimitsTest {

    @TempDir
    Path temp;

    private static long bytes(String size) {
        return InputLimits.ofSize(size).maxFileBytes();
    }

    @Test
    void sizesAreBytesOrPowersOf1024() {
        assertEquals(1_048_576L, bytes("1048576"));
        assertEquals(100L, bytes("100B"));
        assertEquals(1024L, bytes("1K"));
        assertEquals(3 * 1024L, bytes(" 3 kb "));
        assertEquals(512L * 1024 * 1024, bytes("512M"));
        assertEquals(800L * 1024 * 1024, bytes("800MB"));
        assertEquals(2L * 1024 * 1024 * 1024, bytes("2G"));
    }

    /** The refusal message writes sizes as "512 MiB": that form must be accepted back. */
    @Test
    void sizesAsMessagesWriteThemAreAccepted() {
        assertEquals(2048L, bytes("2KiB"));
        assertEquals(512L * 1024 * 1024, bytes("512 MiB"));
        assertEquals(1024L * 1024 * 1024, bytes("1GiB"));
        assertEquals(1024L * 1024 * 1024, bytes("1gib"));
    }

    @Test
    void theLargestSizeThatFitsIsAcceptedAndOneMoreIsNot() {
        long most = Long.MAX_VALUE / (1024L * 1024 * 1024);
        assertEquals(most * 1024 * 1024 * 1024, bytes(most + "G"));
        assertEquals("'" + (most + 1) + "G' is not a usable size",
                assertThrows(IllegalArgumentException.class, () -> bytes((most + 1) + "G")).getMessage());
    }

    @Test
    void anythingElseIsNoSize() {
        assertEquals("'lots' is not a size such as 512M or 2G",
                assertThrows(IllegalArgumentException.class, () -> bytes("lots")).getMessage());
        assertEquals("'5T' is not a size such as 512M or 2G",
                assertThrows(IllegalArgumentException.class, () -> bytes("5T")).getMessage());
        assertEquals("'-1' is not a size such as 512M or 2G",
                assertThrows(IllegalArgumentException.class, () -> bytes("-1")).getMessage());
        assertEquals("'0K' is not a usable size",
                assertThrows(IllegalArgumentException.class, () -> bytes("0K")).getMessage());
    }

    @Test
    void theLimitMustBePositive() {
        assertEquals(1L, new InputLimits(1).maxFileBytes());
        assertThrows(IllegalArgumentException.class, () -> new InputLimits(0));
        assertThrows(IllegalArgumentException.class, () -> new InputLimits(-5));
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        Path file = Files.writeString(temp.resolve("f.yaml"), "x".repeat(100), StandardCharsets.UTF_8);
        new InputLimits(100).checkSize(file, "f.yaml");
        assertEquals("f.yaml: the file is 100 bytes, more than the limit of 99 bytes (raise it with --max-file-size "
                + "or PKCHECK_MAX_FILE_SIZE)", assertThrows(InputException.class,
                        () -> new InputLimits(99).checkSize(file, "f.yaml")).getMessage());
        assertEquals("none.yaml: cannot read file (no such file)", assertThrows(InputException.class,
                () -> InputLimits.DEFAULT.checkSize(temp.resolve("none.yaml"), "none.yaml")).getMessage());
    }

    @Test
    void sizesReadAsAPersonWouldWriteThem() {
        assertEquals("0 bytes", InputLimits.human(0));
        assertEquals("1023 bytes", InputLimits.human(1023));
        assertEquals("1 KiB", InputLimits.human(1024));
        assertEquals("1.5 KiB", InputLimits.human(1536));
        assertEquals("1024.0 KiB", InputLimits.human(1024L * 1024 - 1));
        assertEquals("1 MiB", InputLimits.human(1024L * 1024));
        assertEquals("3.2 MiB", InputLimits.human(3_355_443L));
        assertEquals("512 MiB", InputLimits.human(InputLimits.DEFAULT_MAX_FILE_BYTES));
        assertEquals("2 GiB", InputLimits.human(2L * 1024 * 1024 * 1024));
        assertEquals("5 TiB", InputLimits.human(5L << 40));
        // Beyond the largest unit the number grows instead.
        assertEquals("2048 TiB", InputLimits.human(2L << 50));
    }

    @Test
    void readErrorsAreNamedInWords() {
        assertEquals("no such file", InputException.reason(new NoSuchFileException("a")));
        assertEquals("no such file", InputException.reason(new UncheckedIOException(new NoSuchFileException("a"))));
        assertEquals("permission denied", InputException.reason(new AccessDeniedException("a")));
        assertEquals("a loop of symbolic links", InputException.reason(new FileSystemLoopException("a")));
        assertEquals("not a directory", InputException.reason(new NotDirectoryException("a")));
        assertEquals("Is a directory", InputException.reason(new FileSystemException("a", null, "Is a directory")));
        assertEquals("file system", InputException.reason(new FileSystemException("a")));
        assertEquals("malformed input", InputException.reason(new MalformedInputException(1)));
        assertEquals("eof", InputException.reason(new EOFException()));
        assertEquals("out of memory", InputException.reason(new OutOfMemoryError()));
    }
}
