package fi.perhekeskus.pkcheck.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.OrganisationRef;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterTry;

/**
 * Metamorphic properties on the sample networks, which have findings of many rules: renaming every id
 * consistently, reordering every list, moving member entries to the top-level {@code members} list and
 * splitting the data over several YAML and JSON files change nothing in the findings but their locations
 * (ids mapped back); a waiver for a finding takes it out of the counts and changes nothing else.
 */
class MetamorphicPropertiesTest {

    private Path dir;

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

    private static NetworkTree sample(String model) {
        return NetworkTree.read(TestPaths.repository().resolve("sample-data").resolve(model));
    }

    private static Report check(Path data, Path waivers) {
        return Pipeline.run(new Pipeline.Inputs(List.of(data), null, List.of(), waivers, null), CompliantVariants.DATE,
                id -> !id.startsWith("MEET-")).report();
    }

    @Property(tries = 25, seed = "8675309")
    void renamingReorderingAndSplittingChangeOnlyLocations(@ForAll("models") String model, @ForAll long seed,
            @ForAll @AlphaChars @StringLength(min = 1, max = 6) String token,
            @ForAll @IntRange(min = 1, max = 6) int files) throws IOException {
        dir = Files.createTempDirectory("pkcheck-meta");
        NetworkTree original = sample(model);
        List<String> before = normalised(check(original.write(dir.resolve("original")), null).findings(), s -> s);

        Random random = new Random(seed);
        NetworkTree changed = original.copy();
        Map<String, String> back = new HashMap<>();
        changed.rename(renamer("P" + token, changed, "people", random, back),
                renamer("O" + token, changed, "organisations", random, back),
                renamer("G" + token, changed, "groups", random, back),
                renamer("M" + token, changed, "meetingPlaces", random, back));
        changed.shuffle(random);
        changed.detachMembers(random, random.nextDouble() / 2);
        List<String> after = normalised(check(changed.write(dir.resolve("changed"), files, random, true), null)
                .findings(), s -> back.getOrDefault(s, s));

        assertFalse(before.isEmpty(), "the sample has findings to compare");
        assertEquals(before, after);
    }

    @Property(tries = 20, seed = "1701")
    void aWaiverTakesItsFindingOutOfTheCountAndNothingElse(@ForAll("models") String model,
                                                           @ForAll @IntRange(max = 255) int chosenBits)
            throws IOException {
        dir = Files.createTempDirectory("pkcheck-waive");
        Path data = sample(model).write(dir.resolve("data"));
        Report plain = check(data, null);
        List<Finding> all = plain.findings();
        Set<String> chosen = new TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            if ((chosenBits >> (i % 8) & 1) == 1) {
                chosen.add(subject(all.get(i)));
            }
        }
        StringBuilder yaml = new StringBuilder("waivers:\n");
        for (String c : chosen) {
            String[] p = c.split(" ", 3);
            yaml.append("  - rule: ").append(p[0]).append("\n    subject: { type: ").append(p[1])
                    .append(", id: '").append(p[2]).append("' }\n    reason: accepted for now\n    until: 2099-12-31\n");
        }
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), chosen.isEmpty() ? "waivers: []\n"
                : yaml.toString(), StandardCharsets.UTF_8);
        Report waived = check(data, waivers);

        assertEquals(normalised(all, s -> s), normalised(waived.findings(), s -> s), "the same findings");
        for (Finding f : waived.findings()) {
            assertEquals(chosen.contains(subject(f)), waived.waiver(f).isPresent(), f.toString());
            assertEquals(!chosen.contains(subject(f)), waived.counts(f), f.toString());
        }
        for (Severity s : Severity.values()) {
            long accepted = all.stream().filter(f -> f.severity() == s && chosen.contains(subject(f))).count();
            assertEquals(plain.count(s) - accepted, waived.count(s), s.name());
        }
        assertEquals(all.stream().filter(f -> chosen.contains(subject(f))).count(), waived.waivedCount());
    }

    private static String subject(Finding f) {
        return f.rule() + " " + f.subject().type() + " " + f.subject().id();
    }

    /**
     * A renaming of the ids of one list: the ids are shuffled among the new names (so order in the data and
     * in the report changes too), each new name {@code prefix-N}; {@code back} learns the way back.
     */
    private static UnaryOperator<String> renamer(String prefix, NetworkTree tree, String list, Random random,
                                                 Map<String, String> back) {
        List<String> ids = new ArrayList<>();
        tree.list(list).forEach(n -> ids.add(n.path("id").asText()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        Map<String, String> to = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String name = prefix + "-" + order.get(i);
            to.put(ids.get(i), name);
            back.put(name, ids.get(i));
        }
        return id -> to.getOrDefault(id, id);
    }

    /** Each finding without its location, every id mapped through {@code id}, as one sorted list of strings. */
    static List<String> normalised(List<Finding> findings, UnaryOperator<String> id) {
        return findings.stream().map(f -> String.join(" | ", f.rule(), f.severity().name(), f.subject().type(),
                        value(f.subject().id(), id), f.messageKey(), value(f.args(), id), value(f.details(), id),
                        value(f.group(), id), String.valueOf(f.tier())))
                .sorted().toList();
    }

    private static String value(Object v, UnaryOperator<String> id) {
        if (v instanceof String s) {
            return s.contains("/") ? Stream.of(s.split("/", -1)).map(id).collect(Collectors.joining("/")) : id.apply(s);
        }
        if (v instanceof PersonRef p) {
            return "person:" + id.apply(p.id());
        }
        if (v instanceof OrganisationRef o) {
            return "organisation:" + id.apply(o.id()) + " " + o.name();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, String> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x, id)));
            return out.toString();
        }
        if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String || x instanceof PersonRef)) {
            // lists of ids (a group's chairs, a person's groups) are sorted by id: their order follows the names
            return l.stream().map(x -> value(x, id)).sorted().toList().toString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> value(x, id)).toList().toString();
        }
        return String.valueOf(v);
    }
}
