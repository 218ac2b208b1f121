package fi.perhekeskus.pkcheck.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;

/**
 * Properties of the rules on networks grown from the shipped compliant ones (see {@link CompliantVariants}):
 * a compliant network stays free of findings however it is grown, and removing any one seat makes exactly
 * the findings that an independent statement of the seat rules ({@link SeatOracle}) predicts — a removed
 * chair CHAIR-001, the only seat of a required type REP-001, a municipality's only seat REP-002, the only
 * coordinator ROLE-001, a coordinator's seat above ROLE-002, the only link NET-002 — and nothing else.
 * Seeds are fixed so that CI is reproducible; jqwik prints the seed and the shrunk sample of any failure.
 */
class RulePropertiesTest {

    private Path dir;

    static Path tempDir() {
        try {
            return Files.createTempDirectory("pkcheck-props");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    Arbitrary<String> models() {
        return Arbitraries.of(ModelLoader.BUILT_IN);
    }

    /** The findings of a check of {@code data} on the test date, MEET rules aside (they need a meeting). */
    static List<Finding> check(Path data) {
        return Pipeline.run(List.of(data), null, List.of(), CompliantVariants.DATE, id -> !id.startsWith("MEET-"))
                .report().findings();
    }

    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(SeatOracle::key).sorted().toList();
    }

    static Facts facts(Path data, String model) {
        return FactBuilder.build(new DatasetLoader().load(List.of(data)), fi.perhekeskus.pkcheck.model.TestModels.loader().builtIn(model),
                CompliantVariants.DATE);
    }

    @Property(tries = 30, seed = "20240301")
    void grownCompliantNetworkHasNoFindings(@ForAll("models") String model, @ForAll long seed,
                                            @ForAll @IntRange(max = 12) int extras,
                                            @ForAll @IntRange(min = 1, max = 4) int files) {
        NetworkTree tree = CompliantVariants.grow(model, seed, extras);
        dir = tempDir();
        Path data = tree.write(dir.resolve("data"), files, new Random(seed), true);
        Statistics.collect(model);
        assertEquals(List.of(), keys(check(data)));
        assertEquals(List.of(), SeatOracle.expected(facts(data, model)), "the oracle agrees the network is compliant");
    }

    @Property(tries = 60, seed = "424242")
    void removingOneSeatMakesExactlyItsFindings(@ForAll("models") String model, @ForAll long seed,
                                                @ForAll @IntRange(max = 4) int extras,
                                                @ForAll @IntRange(max = 10_000) int pick) {
        NetworkTree tree = CompliantVariants.grow(model, seed, extras);
        List<NetworkTree.Seat> seats = tree.seats();
        NetworkTree.Seat removed = seats.get(pick % seats.size());
        String role = removed.entry().path("role").asText("member");
        String description = removed.toString();
        removed.members().remove(removed.index());
        dir = tempDir();
        Path data = tree.write(dir.resolve("data"));

        List<String> expected = SeatOracle.expected(facts(data, model));
        List<String> found = keys(check(data));
        Statistics.label("findings").collect(expected.isEmpty() ? "none" : expected.stream()
                .map(k -> k.substring(0, k.indexOf(' '))).distinct().sorted().toList().toString());
        assertEquals(expected, found, "after removing " + description);
        if ("CHAIR".equals(role) && fi.perhekeskus.pkcheck.model.TierDemands.of(fi.perhekeskus.pkcheck.model.TestModels.loader().builtIn(model), fi.perhekeskus.pkcheck.model.Tier
                .valueOf(removed.group().path("tier").asText())).orElseThrow().chairRequired()) {
            assertTrue(found.contains("CHAIR-001 group " + removed.groupId()), found.toString());
        }
        if ("SECRETARY".equals(role)) {
            assertEquals(List.of(), found, "a secretary holds no seat");
        }
    }
}
