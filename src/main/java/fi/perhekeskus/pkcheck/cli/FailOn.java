package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.model.Severity;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** The lowest severity that makes the exit code 1, or never. */
public enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO), never(null);

    /** The severities in Finnish and Swedish too, as a coordinator may type them. */
    private static final Map<String, FailOn> WORDS = Map.ofEntries(
            Map.entry("virhe", error), Map.entry("fel", error),
            Map.entry("varoitus", warning), Map.entry("varning", warning),
            Map.entry("huomautus", info), Map.entry("notering", info), Map.entry("tieto", info),
            Map.entry("ei", never), Map.entry("ei koskaan", never), Map.entry("aldrig", never));

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The threshold, or null for never. */
    public Severity threshold() {
        return threshold;
    }

    /** Reads {@code --fail-on} in any case, and in Finnish or Swedish ({@code WARNING}, {@code varoitus}). */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            String word = value.trim().toLowerCase(Locale.ROOT);
            for (FailOn f : values()) {
                if (f.name().equals(word)) {
                    return f;
                }
            }
            FailOn f = WORDS.get(word);
            if (f == null) {
                throw new CommandLine.TypeConversionException(value);
            }
            return f;
        }
    }
}
