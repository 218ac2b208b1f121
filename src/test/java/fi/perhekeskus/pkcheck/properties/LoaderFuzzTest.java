package fi.perhekeskus.pkcheck.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.statistics.Statistics;

/**
 * Property-based fuzzing of the loader and the whole check (issue 6, item 3): whatever bytes a data file
 * holds — random bytes, or a real dataset file (YAML or JSON) broken by truncation, deleted and duplicated
 * spans, flipped bytes and hostile tokens (anchors, aliases, tags, BOMs, tabs, control characters, deep
 * brackets) — loading either returns a dataset whose problems are DATA findings or throws an
 * {@link InputException} with a one-line message; nothing else is thrown, nothing hangs, and the whole check
 * likewise ends in a report or an InputException.
 *
 * <p>The number of tries is small in the normal build; {@code -Dpkcheck.fuzz.tries=N} runs a longer campaign
 * (docs/testing.md records the last one). jqwik prints the seed of any failure.
 */
class LoaderFuzzTest {

    private static final int TRIES = Integer.getInteger("pkcheck.fuzz.tries", 150);
    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** Fragments that parsers find interesting. */
    private static final List<String> TOKENS = List.of(": ", "- ", "{", "}", "[", "]", ",", "&a ", "*a", "<<: *a",
            "!!binary ", "!!java.lang.Object ", "!<tag:yaml.org,2002:str> ", "!!set ", "? ", "|", ">-", "---\n",
            "...\n", "%YAML 1.1\n", "#", "'", "\"", "\\", "\t", "\r\n", "\r", "\n", "\uFEFF", "\u0000", "\u0085",
            "\u2028", "\uD800", "~", "null", "true", "0x1F", "1e999", "-0", "2024-13-45", "2024-02-30",
            "99999999999999999999999", "schemaVersion: 1\n", "members:", "groups:", "person:", "id: ", "__proto__",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            "{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":", "&b [*a, *a, *a, *a, *a, *a, *a, *a, *a]");

    private static final List<String> SEEDS = seeds();

    private Path dir;

    /** The shipped compliant and sample files, as YAML and as JSON: the texts the mutations start from. */
    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        fi.perhekeskus.pkcheck.load.ModelLoader.BUILT_IN.forEach(m -> {
            dirs.add(TestPaths.resource("compliant/" + m));
            dirs.add(TestPaths.repository().resolve("sample-data").resolve(m));
        });
        for (Path d : dirs) {
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    // a file of a split dataset names no schema version; the seed must be a dataset of its own
                    seeds.add(text.contains("schemaVersion") ? text : "schemaVersion: 1\n" + text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Path json = Files.createTempDirectory("pkcheck-fuzz-seed");
            NetworkTree.read(TestPaths.resource("compliant/kanta-hame")).write(json, 1, new Random(1), false);
            for (int i = 0; i < 4; i++) {
                NetworkTree.read(TestPaths.resource("compliant/pohjois-karjala")).write(json.resolve("j" + i), 2,
                        new Random(i), true);
            }
            try (Stream<Path> walk = Files.walk(json)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    seeds.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            try (Stream<Path> walk = Files.walk(json)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(seeds);
    }

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            dir = null;
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".yaml", ".yml", ".json");
    }

    @Property(tries = 60, seed = "31337")
    void randomBytesNeverBreakTheLoader(@ForAll("randomBytes") byte[] bytes, @ForAll("extensions") String ext)
            throws IOException {
        Statistics.collect(loadsOrSaysWhy(bytes, ext));
    }

    @Property(tries = 120, seed = "4711")
    void brokenDatasetFilesNeverBreakTheLoader(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int mutations,
                                               @ForAll("extensions") String ext) throws IOException {
        Statistics.collect(loadsOrSaysWhy(mutate(seed, mutations), ext));
    }

    @Property(tries = 40, seed = "2718")
    void brokenDatasetFilesNeverBreakTheWholeCheck(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int mutations,
                                                   @ForAll boolean withModel) throws IOException {
        dir = Files.createTempDirectory("pkcheck-fuzz");
        Path file = Files.write(dir.resolve("data.yaml"), mutate(seed, mutations));
        String outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Pipeline.run(List.of(file), withModel ? "pirkanmaa" : null, List.of(), CompliantVariants.DATE,
                        id -> true);
                return "report";
            } catch (InputException e) {
                oneLine(e);
                return "input error";
            }
        });
        Statistics.collect(outcome);
    }

    /**
     * A run of {@code pkcheck.fuzz.tries} inputs (150 by default) from one seed, mostly broken dataset files
     * and one in ten random bytes; a longer campaign:
     * {@code mvn test -Dtest=LoaderFuzzTest#campaign -Dpkcheck.fuzz.tries=100000 -Dpkcheck.fuzz.seed=N}.
     */
    @Property(tries = 1, seed = "1")
    void campaign(@ForAll long seed) throws IOException {
        Random random = new Random(Long.getLong("pkcheck.fuzz.seed", seed));
        long start = System.nanoTime();
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < TRIES; i++) {
            byte[] input = random.nextInt(10) == 0 ? randomBytes(random) : mutate(random.nextLong(), 1 + random.nextInt(5));
            if (!"input error".equals(loadsOrSaysWhy(input, i % 3 == 0 ? ".json" : ".yaml"))) {
                loaded++;
            } else {
                refused++;
            }
            cleanUp();
        }
        System.out.printf("fuzz campaign: %d inputs (%d loaded, %d refused with a one-line message) in %d s%n",
                TRIES, loaded, refused, (System.nanoTime() - start) / 1_000_000_000L);
        assertTrue(loaded + refused == TRIES, "every input ended one of the two ways");
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(4096)];
        random.nextBytes(b);
        return b;
    }

    /**
     * Loads {@code bytes} as a data file.
     *
     * @return "clean" or "DATA problems" when a dataset came back (its problems all DATA), "input error" when an
     *         InputException said why in one line
     */
    private String loadsOrSaysWhy(byte[] bytes, String ext) throws IOException {
        dir = Files.createTempDirectory("pkcheck-fuzz");
        Path file = Files.write(dir.resolve("data" + ext), bytes);
        String outcome = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Dataset data = new DatasetLoader().load(List.of(file));
                for (DataProblem p : data.problems()) {
                    assertTrue(p.rule().startsWith("DATA-"), p.toString());
                }
                return data.problems().isEmpty() ? "clean" : "DATA problems";
            } catch (InputException e) {
                oneLine(e);
                return "input error";
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return fail("the loader threw " + e + " on " + bytes.length + " bytes", e);
            }
        });
        return outcome;
    }

    private static void oneLine(InputException e) {
        String message = e.getMessage();
        assertTrue(message != null && !message.isBlank(), "an InputException says why");
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
    }

    /** A seed text broken by {@code count} mutations drawn from {@code seed}. */
    static byte[] mutate(long seed, int count) {
        Random random = new Random(seed);
        String text = SEEDS.get(random.nextInt(SEEDS.size()));
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < count && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            int end = Math.min(s.length(), at + random.nextInt(200));
            switch (random.nextInt(7)) {
                case 0 -> s.setLength(at); // truncated
                case 1 -> s.delete(at, end);
                case 2 -> s.insert(at, s.substring(at, end)); // a span duplicated
                case 3 -> s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                case 4 -> s.setCharAt(at, (char) random.nextInt(0x250));
                case 5 -> s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())).repeat(1 + random.nextInt(64)));
                default -> s.replace(at, end, s.substring(at, end).toUpperCase(java.util.Locale.ROOT));
            }
        }
        byte[] bytes = s.toString().getBytes(random.nextInt(8) == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0 && bytes.length > 0) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, random.nextInt(bytes.length)); // cut inside a multi-byte character, maybe
            return out.toByteArray();
        }
        return bytes;
    }
}
