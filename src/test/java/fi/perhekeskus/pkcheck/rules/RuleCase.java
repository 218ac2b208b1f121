package fi.perhekeskus.pkcheck.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule case: a small dataset, the model and date to check it with, and the findings (rule, subject
 * type, subject id) it must and must not produce. Written as one YAML file under {@code rule-cases/}:
 * <pre>
 * model: mini            # a model under rule-cases/models/, or a built-in id
 * date: 2024-03-01       # optional
 * data: { schemaVersion: 1, ... }
 * expect: [ "REP-001 group r1" ]
 * absent: [ "REP-001 group r2" ]
 * </pre>
 * A pre-meeting case names the meeting of its data ({@code meeting: m1}) or gives one ({@code group: g1},
 * {@code attendees: [p1, p2]}, judged on {@code date}); its findings are those of {@code pkcheck meeting}. Where
 * it lists {@code invite:}, the meeting's suggestions are exactly those, each as "RULE needed: member, member|deputy"
 * ("MEET-001 2: p5, p6|p7"), in report order; "RULE 1:" where nobody in the group can close the gap.
 * A case may also list {@code waivers:} as a waiver file holds them.
 */
record RuleCase(String name, Path file, String model, LocalDate date, JsonNode data, List<String> expect,
                List<String> absent, String meeting, String group, List<String> attendees, JsonNode waivers,
                List<String> invite) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 3, 1);

    static RuleCase read(Path root, Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            String name = root.relativize(file).toString().replace('\\', '/').replace(".case.yaml", "");
            String model = node.path("model").asText(null);
            LocalDate date = node.hasNonNull("date") ? LocalDate.parse(node.get("date").asText()) : DEFAULT_DATE;
            if (!node.hasNonNull("data")) {
                throw new IllegalArgumentException(file + ": a rule case needs 'data'");
            }
            return new RuleCase(name, file, model, date, node.get("data"), strings(node.get("expect")),
                    strings(node.get("absent")), node.path("meeting").asText(null), node.path("group").asText(null),
                    strings(node.get("attendees")), node.get("waivers"),
                    node.has("invite") ? strings(node.get("invite")) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this is a pre-meeting case. */
    boolean isMeeting() {
        return meeting != null || group != null;
    }

    /** The --model value: a case model file, or a built-in id. */
    String modelOption() {
        if (model == null) {
            return null;
        }
        if (ModelLoader.BUILT_IN.contains(model)) {
            return model;
        }
        return TestPaths.resource("rule-cases/models/" + model + ".yaml").toString();
    }

    /** Writes the case's waivers into {@code dir}, or returns null when it has none. */
    Path writeWaivers(Path dir) throws IOException {
        if (waivers == null) {
            return null;
        }
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, YAML.writeValueAsString(YAML.createObjectNode().set("waivers", waivers)));
        return file;
    }

    /**
     * Writes the dataset into {@code dir} and returns the file: the case file's own {@code data:} block, dedented,
     * with every other line left blank, so that a finding's line is its line in the case file.
     */
    Path writeData(Path dir) throws IOException {
        Path out = dir.resolve("data.yaml");
        Files.writeString(out, dataLines(Files.readAllLines(file)));
        return out;
    }

    /** The lines of the top-level {@code data:} block, two columns to the left, and blank lines elsewhere. */
    static String dataLines(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean inData = false;
        for (String line : lines) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inData = line.equals("data:");
                text.append('\n');
                continue;
            }
            text.append(inData && line.startsWith("  ") ? line.substring(2) : "").append('\n');
        }
        return text.toString();
    }

    /**
     * Rewrites the {@code expect:} block of the case's source file (under src/test/resources) as {@code found},
     * leaving every other line as it is.
     */
    void writeExpect(List<String> found) throws IOException {
        Path source = TestPaths.repository().resolve("src/test/resources/rule-cases/" + name + ".case.yaml");
        List<String> out = new ArrayList<>();
        boolean inExpect = false;
        boolean written = false;
        for (String line : Files.readAllLines(source)) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inExpect = line.startsWith("expect:");
                if (inExpect) {
                    written = true;
                    out.add(found.isEmpty() ? "expect: []" : "expect:");
                    found.forEach(f -> out.add("  - " + f));
                    continue;
                }
            }
            if (!inExpect) {
                out.add(line);
            }
        }
        if (!written) {
            out.add(found.isEmpty() ? "expect: []" : "expect:");
            found.forEach(f -> out.add("  - " + f));
        }
        Files.writeString(source, String.join("\n", out) + "\n");
    }

    private static List<String> strings(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> result.add(n.asText().trim().replaceAll("\\s+", " ")));
        }
        return result;
    }
}
