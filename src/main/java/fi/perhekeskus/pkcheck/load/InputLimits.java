package fi.perhekeskus.pkcheck.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The most the tool reads from one input file (docs/security.md, "Limits"): its size, checked before it is
 * opened, and the nesting, value and name lengths that the YAML and JSON parsers enforce as they go. Only
 * the file size can be changed ({@code --max-file-size}, {@code PKCHECK_MAX_FILE_SIZE}); the others are far
 * beyond anything a network's data needs.
 */
public record InputLimits(long maxFileBytes) {

    /** 512 MiB: room for the largest benchmark dataset (a million memberships, ~250 MB of YAML). */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    /** Levels of nested lists and mappings; pkcheck's formats need fewer than ten. */
    public static final int MAX_NESTING_DEPTH = 100;

    /** Characters in one value: a name, a title, a reason. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** Characters in a YAML file without a space or line break: one value with its quotes and punctuation. */
    public static final int MAX_WORD_LENGTH = 2 * MAX_STRING_LENGTH;

    /** Characters in one key. */
    public static final int MAX_NAME_LENGTH = 1_000;

    /** Digits in one number. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The largest exponent of a number either way ({@code 1e1000}): a larger one is refused, never expanded. */
    public static final int MAX_EXPONENT = 1_000;

    /** The limits that apply when none are given. */
    public static final InputLimits DEFAULT = new InputLimits(DEFAULT_MAX_FILE_BYTES);

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,15})\\s*([KMG]I?B?|B)?");

    public InputLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("the maximum file size must be positive");
        }
    }

    /**
     * Reads a size such as {@code 512M}, {@code 2G}, {@code 800MB} or {@code 1048576} (bytes); K, M and G are
     * powers of 1024.
     *
     * @throws IllegalArgumentException when the text is no size
     */
    public static InputLimits ofSize(String text) {
        Matcher m = SIZE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size such as 512M or 2G");
        }
        long number = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).substring(0, 1);
        long factor = switch (unit) {
            case "K" -> 1024L;
            case "M" -> 1024L * 1024;
            case "G" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        if (number == 0 || number > Long.MAX_VALUE / factor) {
            throw new IllegalArgumentException("'" + text + "' is not a usable size");
        }
        return new InputLimits(number * factor);
    }

    /**
     * Refuses a file larger than the limit before anything of it is read.
     *
     * @throws InputException when the file is too large or its size cannot be read
     */
    public void checkSize(Path path, String name) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw InputException.keyed(name, "error.cannotReadFile", InputException.reasonTerm(e));
        }
        if (size > maxFileBytes) {
            throw InputException.keyed(name, "error.tooLarge", human(size), human(maxFileBytes));
        }
    }

    /** The constraints Jackson enforces while parsing, for YAML and JSON alike. */
    StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(maxFileBytes)
                .build();
    }

    JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }

    /**
     * A YAML factory whose SnakeYAML parser stops at the same limits. Aliases are refused by {@link TreeReader}
     * (Jackson's streaming parser does not expand them), so the alias limit is a second line only; duplicate keys
     * are left to the tree reader, which reports them as DATA findings with their lines.
     */
    YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(true);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints()).build();
    }

    /** A size for messages: "512 MiB", "3.2 MiB", "900 bytes". */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value))
                + " " + units[unit];
    }
}
