package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.SheetVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps a command from destroying a user's file with {@code -o} (docs/cli.md, "Output files"):
 * <ul>
 * <li>never one of the command's own inputs, not even with {@code --force};</li>
 * <li>an existing report of the format being written (its extension, and not data) is replaced: that is how
 * CI and coordinators rerun a check;</li>
 * <li>any other existing file (a workbook, YAML, a report of another format) only with {@code --force}.</li>
 * </ul>
 */
final class OutputGuard {

    /** The extensions a report or network of each format is written with. */
    private static final Map<String, Set<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("text", Set.of("txt", "text", "log")),
            Map.entry("markdown", Set.of("md", "markdown")),
            Map.entry("html", Set.of("html", "htm")),
            Map.entry("json", Set.of("json")),
            Map.entry("sarif", Set.of("sarif", "json")),
            Map.entry("junit", Set.of("xml")),
            Map.entry("csv", Set.of("csv")),
            Map.entry("dot", Set.of("dot", "gv")),
            Map.entry("graphml", Set.of("graphml", "xml")),
            Map.entry("mermaid", Set.of("mmd", "mermaid", "md")));

    /** Extensions of data, model and workbook files: never replaced by a report without --force. */
    private static final Set<String> DATA = Set.of("yaml", "yml", "xlsx", "xlsm", "xls", "ods");

    private OutputGuard() {
    }

    /**
     * Refuses to write {@code output} when it is one of {@code inputs} (files, or data files inside input
     * directories), or when it exists and is not a report of {@code format}, unless {@code force}.
     *
     * @throws InputException saying why, in one line
     */
    static void report(Path output, String format, Collection<Path> inputs, boolean force) {
        notAnInput(output, inputs);
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) || force) {
            refuseDirectory(output);
            return;
        }
        refuseDirectory(output);
        if (!sameKind(output, format)) {
            throw InputException.keyed(output.toString(), "error.output.notReport", format);
        }
    }

    /**
     * Refuses to write a new file ({@code template}, {@code convert}) over an existing one without {@code force},
     * and over one of {@code inputs} at all.
     */
    static void newFile(Path output, Collection<Path> inputs, boolean force) {
        notAnInput(output, inputs);
        refuseDirectory(output);
        if (!force && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            throw InputException.keyed(output.toString(), "error.output.exists");
        }
    }

    /**
     * For a directory of CSV sheets: refuses when any of the {@code files} to write exists in it (without
     * {@code force}) or is one of the inputs.
     */
    static void newFiles(Path dir, List<String> files, Collection<Path> inputs, boolean force) {
        notAnInput(dir, inputs);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.keyed(dir.toString(), "error.output.notDirectory");
        }
        for (String name : files) {
            Path file = dir.resolve(name);
            notAnInput(file, inputs);
            if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw InputException.keyed(file.toString(), "error.output.exists");
            }
        }
        sameSheets(dir, files);
    }

    /**
     * Refuses, even with {@code --force}, a directory that already holds another CSV file of one of the sheets
     * about to be written ({@code members.csv} where {@code Jäsenet.csv} would go): a check of the directory
     * would read both.
     */
    private static void sameSheets(Path dir, List<String> files) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Map<String, String> written = new java.util.HashMap<>();
        files.forEach(name -> {
            String sheet = csvSheet(name);
            if (sheet != null) {
                written.put(sheet, name);
            }
        });
        try (java.util.stream.Stream<Path> listing = Files.list(dir)) {
            for (Path existing : listing.sorted().toList()) {
                String name = existing.getFileName().toString();
                String sheet = csvSheet(name);
                if (sheet != null && written.containsKey(sheet) && !files.contains(name)) {
                    throw InputException.keyed(existing.toString(), "error.output.sameSheet", written.get(sheet));
                }
            }
        } catch (IOException e) {
            // a directory that cannot be listed: the write itself will say what is wrong
        }
    }

    /** The sheet a CSV file of this name is read as, or null. */
    private static String csvSheet(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? SheetVocabulary.csvSheet(name.substring(0, name.length() - ".csv".length())) : null;
    }

    /** Adds {@code model} to {@code inputs} when it names a file (a model id names none). */
    static void addModel(List<Path> inputs, String model) {
        if (model == null || model.isBlank()) {
            return;
        }
        try {
            inputs.add(Path.of(model));
        } catch (java.nio.file.InvalidPathException e) {
            // no file can have this name, so it is no input to protect
        }
    }

    private static void refuseDirectory(Path output) {
        if (Files.isDirectory(output)) {
            throw InputException.keyed(output.toString(), "error.output.isDirectory");
        }
    }

    /** Refuses {@code output} when it is an input file or a data file inside an input directory. */
    static void notAnInput(Path output, Collection<Path> inputs) {
        if (!Files.exists(output)) {
            return;
        }
        try {
            Path real = output.toRealPath();
            for (Path input : inputs) {
                if (input == null || !Files.exists(input)) {
                    continue;
                }
                Path in = input.toRealPath();
                boolean hit = Files.isDirectory(in)
                        ? real.equals(in) || real.startsWith(in) && Files.isRegularFile(real) && isData(real)
                        : Files.isSameFile(in, real);
                if (hit) {
                    throw InputException.keyed(output.toString(), "error.output.isInput");
                }
            }
        } catch (IOException e) {
            throw InputException.keyed(output.toString(), "error.output.cannotTell", InputException.reasonTerm(e));
        }
    }

    /** Whether an existing file is a report of {@code format}: its extension, and not data. */
    private static boolean sameKind(Path file, String format) {
        Set<String> extensions = EXTENSIONS.getOrDefault(format, Set.of(format));
        return extensions.contains(extension(file)) && !isData(file);
    }

    /** Whether a file is data (or a model, a waiver file, a workbook): by its extension or its first bytes. */
    static boolean isData(Path file) {
        String extension = extension(file);
        if (DATA.contains(extension)) {
            return true;
        }
        String name = Objects.toString(file.getFileName(), "");
        if (extension.equals("csv")) {
            String base = name.substring(0, name.length() - 4);
            return SheetVocabulary.sheet(base) != null || SheetVocabulary.sheet(base.replaceFirst(".*-", "")) != null;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64 * 1024);
            if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
                return true; // a zip: a workbook under another name
            }
            String text = new String(head, StandardCharsets.UTF_8);
            // A dataset or a model in JSON; pkcheck's JSON report also has a schemaVersion, but beside its "tool".
            return text.contains("schemaVersion") && !text.contains("\"tool\"") || text.contains("\"tiers\"");
        } catch (IOException e) {
            return true; // what cannot be read is not replaced without --force
        }
    }

    private static String extension(Path file) {
        String name = Objects.toString(file.getFileName(), "");
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
