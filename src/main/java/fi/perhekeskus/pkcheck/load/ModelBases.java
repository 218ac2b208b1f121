package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model's text with its {@code extends:} resolved: the base (a built-in id, or a file relative to the
 * extending file) is read first, and the extending model is laid over it, key by key. A tier with the base's
 * {@code tier:} merges into the base's tier ({@code requirements:} and {@code severity:} rule by rule, {@code off:}
 * added to, any other key replaced whole); {@code remove: true} drops the base's tier; a new tier is added in its
 * place top first. Each value keeps the file and line it was written at, so errors point into the right file.
 */
final class ModelBases {

    private static final String RESOURCE_DIR = "pkcheck/rules/models/";
    private static final Set<String> MERGED_MAPS = Set.of("requirements", "severity");

    private final TreeReader reader;
    private final List<String> builtIn;

    ModelBases(TreeReader reader, List<String> builtIn) {
        this.reader = reader;
        this.builtIn = builtIn;
    }

    /** The built-in model {@code id}, its bases resolved. */
    Node builtIn(String id) {
        return builtIn(id, new ArrayList<>());
    }

    /** The model file {@code file}, its bases resolved. */
    Node file(Path file) {
        return file(file, new ArrayList<>());
    }

    private Node builtIn(String id, List<String> chain) {
        String resource = RESOURCE_DIR + id + ".yaml";
        try (InputStream in = ModelLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InputException("built-in model " + id + " is missing from the application");
            }
            chain.add(id);
            return withBase(reader.parse(in.readAllBytes(), "models/" + id + ".yaml", false), null, chain);
        } catch (IOException e) {
            throw new InputException("cannot read built-in model " + id, e);
        }
    }

    private Node file(Path file, List<String> chain) {
        chain.add(file.toAbsolutePath().normalize().toString());
        return withBase(reader.read(file, DatasetLoader.display(file)), file.toAbsolutePath().getParent(), chain);
    }

    private Node withBase(Node root, Path dir, List<String> chain) {
        Node ref = root.isObject() ? root.get("extends") : null;
        if (ref == null) {
            return root;
        }
        if (!ref.isScalar() || ref.isNull()) {
            throw InputException.keyed(ref.location(), "model.error.extendsOne");
        }
        String name = ref.text();
        Node base;
        if (builtIn.contains(name)) {
            if (chain.contains(name)) {
                throw cycle(ref, chain, name);
            }
            base = builtIn(name, chain);
        } else {
            String lower = name.toLowerCase(Locale.ROOT);
            Path file = dir == null ? null : dir.resolve(name).toAbsolutePath().normalize();
            if (file == null || name.indexOf('\0') >= 0
                    || !(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))
                    || !Files.isRegularFile(file)) {
                throw InputException.keyed(ref.location(), "model.error.baseMissing", name, String.join(", ", builtIn));
            }
            if (chain.contains(file.toString())) {
                throw cycle(ref, chain, file.toString());
            }
            base = file(file, chain);
        }
        if (!base.isObject()) {
            throw InputException.keyed(ref.location(), "model.error.baseNotMapping", name);
        }
        ModelLoader.strict(root, root.fields().keySet(), "model");
        return merge(base, root);
    }

    private static InputException cycle(Node ref, List<String> chain, String again) {
        List<String> names = new ArrayList<>(chain.subList(chain.indexOf(again), chain.size()));
        names.add(again);
        return InputException.keyed(ref.location(), "model.error.circle",
                String.join(" -> ", names.stream().map(n -> Path.of(n).getFileName().toString()).toList()));
    }

    /** {@code over} laid over {@code base}: every key of {@code over} replaces the base's, tiers merge. */
    private static Node merge(Node base, Node over) {
        Map<String, Node> fields = new LinkedHashMap<>(base.fields());
        fields.remove("extends");
        for (var e : over.fields().entrySet()) {
            if (e.getKey().equals("extends")) {
                continue;
            }
            Node before = fields.get(e.getKey());
            fields.put(e.getKey(), e.getKey().equals("tiers") && before != null && before.isArray()
                    && e.getValue().isArray() ? tiers(before, e.getValue()) : e.getValue());
        }
        return object(over, fields);
    }

    private static Node tiers(Node base, Node over) {
        List<Node> result = new ArrayList<>(base.items());
        for (Node t : over.items()) {
            int at = indexOf(result, t);
            Node remove = t.isObject() ? t.get("remove") : null;
            if (remove != null && "true".equals(remove.text())) {
                if (at < 0) {
                    throw InputException.keyed(remove.location(), "model.error.noTierToRemove", tierName(t));
                }
                ModelLoader.strict(t, Set.of("tier", "remove"), "tier");
                result.remove(at);
            } else if (at >= 0) {
                result.set(at, tier(result.get(at), t));
            } else {
                result.add(t);
            }
        }
        result.sort(Comparator.comparingInt(ModelBases::rank));
        Node merged = Node.array(over.location());
        result.forEach(merged::add);
        return merged;
    }

    private static Node tier(Node base, Node over) {
        ModelLoader.strict(over, over.fields().keySet(), "tier");
        Map<String, Node> fields = new LinkedHashMap<>(base.fields());
        for (var e : over.fields().entrySet()) {
            String key = e.getKey();
            Node value = e.getValue();
            Node before = fields.get(key);
            if (key.equals("remove") && "false".equals(value.text())) {
                continue;
            }
            if (MERGED_MAPS.contains(key) && before != null && before.isObject() && value.isObject()) {
                Map<String, Node> entries = new LinkedHashMap<>(before.fields());
                entries.putAll(value.fields());
                fields.put(key, object(value, entries));
            } else if (key.equals("off") && before != null && before.isArray() && value.isArray()) {
                Node both = Node.array(value.location());
                before.items().forEach(both::add);
                value.items().forEach(both::add);
                fields.put(key, both);
            } else {
                fields.put(key, value);
            }
        }
        return object(over, fields);
    }

    private static Node object(Node at, Map<String, Node> fields) {
        Node result = Node.object(at.location());
        fields.forEach((k, v) -> result.put(k, v, v.location()));
        return result;
    }

    private static int indexOf(List<Node> tiers, Node t) {
        String name = tierName(t);
        for (int i = 0; i < tiers.size(); i++) {
            if (name != null && name.equals(tierName(tiers.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String tierName(Node t) {
        Node name = t.isObject() ? t.get("tier") : null;
        return name == null || !name.isScalar() ? null : name.text();
    }

    /** A tier's place top first; tiers that name no valid tier stay where they are, last, for the loader to refuse. */
    private static int rank(Node t) {
        String name = tierName(t);
        for (Tier tier : Tier.values()) {
            if (tier.name().equals(name)) {
                return tier.ordinal();
            }
        }
        return Tier.values().length;
    }
}
