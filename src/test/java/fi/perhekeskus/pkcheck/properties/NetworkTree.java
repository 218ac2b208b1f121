package fi.perhekeskus.pkcheck.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A dataset held as one Jackson tree, for the property tests: read from a folder of YAML files, changed
 * (seats removed or added, ids renamed, records reordered) and written back as one or several YAML or
 * JSON files, the split chosen by a seeded random.
 */
final class NetworkTree {

    /** The top-level lists a dataset may have, in the order a file writes them. */
    static final List<String> LISTS = List.of("areas", "municipalities", "organisations", "people", "groups",
            "members", "meetingPlaces", "meetings");
    private static final List<String> SCALARS = List.of("schemaVersion", "model", "region");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private NetworkTree(ObjectNode root) {
        this.root = root;
    }

    /** Reads every YAML file of {@code dir} (in path order) into one tree, lists concatenated. */
    static NetworkTree read(Path dir) {
        ObjectNode merged = JSON.createObjectNode();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode file = YAML.readTree(f.toFile());
                for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isArray()) {
                        merged.withArray(e.getKey()).addAll((ArrayNode) e.getValue());
                    } else {
                        merged.set(e.getKey(), e.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NetworkTree(merged);
    }

    NetworkTree copy() {
        return new NetworkTree(root.deepCopy());
    }

    /** A top-level list (created empty when absent). */
    ArrayNode list(String key) {
        return root.withArray(key);
    }

    ObjectNode root() {
        return root;
    }

    /** The record of {@code list} whose {@code id} is {@code id}. */
    ObjectNode byId(String list, String id) {
        for (JsonNode n : list(list)) {
            if (id.equals(n.path("id").asText(null))) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException("no " + list + " " + id);
    }

    /** Every entry of every group's {@code members}, as (group, entry) pairs in data order. */
    List<Seat> seats() {
        List<Seat> seats = new ArrayList<>();
        for (JsonNode g : list("groups")) {
            ArrayNode members = (ArrayNode) g.path("members");
            for (int i = 0; i < members.size(); i++) {
                seats.add(new Seat((ObjectNode) g, members, i));
            }
        }
        return seats;
    }

    /** One entry of a group's members. */
    record Seat(ObjectNode group, ArrayNode members, int index) {

        ObjectNode entry() {
            return (ObjectNode) members.get(index);
        }

        String groupId() {
            return group.path("id").asText();
        }

        String person() {
            return entry().path("person").asText(null);
        }

        /** The membership id the findings name. */
        String id() {
            return groupId() + "/" + person();
        }

        @Override
        public String toString() {
            return id() + " " + entry();
        }
    }

    /**
     * Renames the ids of people, organisations, groups, meeting places and meetings through the given
     * functions, and every reference to them with them. Areas and municipality codes stay: the models pin them.
     */
    void rename(UnaryOperator<String> person, UnaryOperator<String> organisation, UnaryOperator<String> group,
                UnaryOperator<String> other) {
        list("organisations").forEach(o -> renameField(o, "id", organisation));
        for (JsonNode p : list("people")) {
            renameField(p, "id", person);
            renameField(p, "organisation", organisation);
        }
        for (JsonNode g : list("groups")) {
            renameField(g, "id", group);
            g.path("members").forEach(m -> renameMember(m, person, organisation));
        }
        for (JsonNode m : list("members")) {
            renameMember(m, person, organisation);
            renameField(m, "group", group);
        }
        for (JsonNode mp : list("meetingPlaces")) {
            renameField(mp, "id", other);
            renameField(mp, "coordinator", person);
        }
        for (JsonNode m : list("meetings")) {
            renameField(m, "id", other);
            renameField(m, "group", group);
            ArrayNode attendees = (ArrayNode) m.path("attendees");
            for (int i = 0; i < attendees.size(); i++) {
                attendees.set(i, TextNode.valueOf(person.apply(attendees.get(i).asText())));
            }
        }
    }

    private static void renameMember(JsonNode m, UnaryOperator<String> person, UnaryOperator<String> organisation) {
        renameField(m, "person", person);
        renameField(m, "deputy", person);
        renameField(m, "represents", organisation);
    }

    private static void renameField(JsonNode record, String field, UnaryOperator<String> f) {
        if (record.hasNonNull(field)) {
            ((ObjectNode) record).put(field, f.apply(record.get(field).asText()));
        }
    }

    /** Shuffles every top-level list and every group's members. */
    void shuffle(Random random) {
        for (String key : LISTS) {
            if (root.has(key)) {
                shuffle(list(key), random);
            }
        }
        list("groups").forEach(g -> {
            if (g.has("members")) {
                shuffle((ArrayNode) g.get("members"), random);
            }
        });
    }

    private static void shuffle(ArrayNode array, Random random) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        java.util.Collections.shuffle(items, random);
        array.removeAll();
        array.addAll(items);
    }

    /**
     * Moves a share of each group's member entries to the top-level {@code members} list, each naming its
     * group: the other way the data format allows to write a membership.
     */
    void detachMembers(Random random, double share) {
        for (JsonNode g : list("groups")) {
            ArrayNode members = (ArrayNode) g.path("members");
            for (int i = members.size() - 1; i >= 0; i--) {
                if (random.nextDouble() < share) {
                    ObjectNode entry = ((ObjectNode) members.remove(i)).deepCopy();
                    ObjectNode moved = JSON.createObjectNode().put("group", g.path("id").asText());
                    moved.setAll(entry);
                    list("members").add(moved);
                }
            }
        }
    }

    /** Writes the dataset as one YAML file. */
    Path write(Path dir) {
        return write(dir, 1, new Random(0), false);
    }

    /**
     * Writes the dataset into {@code dir} as {@code files} files: the scalars in the first, each list item in
     * a file drawn at random; each file YAML or JSON, drawn too (JSON only where {@code mixFormats}).
     *
     * @return the directory
     */
    Path write(Path dir, int files, Random random, boolean mixFormats) {
        try {
            Files.createDirectories(dir);
            List<ObjectNode> parts = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                parts.add(JSON.createObjectNode());
            }
            for (String key : SCALARS) {
                if (root.has(key)) {
                    parts.get(0).set(key, root.get(key));
                }
            }
            for (String key : LISTS) {
                if (!root.has(key)) {
                    continue;
                }
                for (JsonNode item : list(key)) {
                    parts.get(random.nextInt(files)).withArray(key).add(item);
                }
            }
            for (int i = 0; i < files; i++) {
                boolean json = mixFormats && random.nextBoolean();
                Path file = dir.resolve(String.format("part-%03d.%s", i, json ? "json" : "yaml"));
                if (parts.get(i).isEmpty()) {
                    continue;
                }
                (json ? JSON.writerWithDefaultPrettyPrinter() : YAML.writer()).writeValue(file.toFile(), parts.get(i));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
