package fi.perhekeskus.pkcheck.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads a {@code --format} name in any case ({@code JSON}, {@code Json}, {@code json}), as {@code --fail-on} and
 * {@code --lang} are read; whether the name is a format is for the command to say.
 */
final class FormatName implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
