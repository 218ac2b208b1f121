package fi.perhekeskus.pkcheck.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Reads {@code -o}/{@code --output}: {@code -} is standard output, as the command-line convention has it, and is
 * read as no output file at all; anything else is the file's path.
 */
final class OutputOption implements CommandLine.ITypeConverter<Path> {

    /** The name that stands for standard output. */
    static final String STDOUT = "-";

    /** Whether {@code path} is {@code -}, standard output. */
    static boolean isStdout(Path path) {
        return path != null && STDOUT.equals(path.toString());
    }

    @Override
    public Path convert(String value) {
        return STDOUT.equals(value) ? null : Path.of(value);
    }
}
