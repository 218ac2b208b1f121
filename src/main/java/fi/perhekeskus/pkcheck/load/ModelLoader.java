package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Limits;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.MeetingPlaceSpec;
import fi.perhekeskus.pkcheck.model.ModelTier;
import fi.perhekeskus.pkcheck.model.Municipality;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.RequirementCatalogue;
import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads governance models (docs/model-format.md): the built-in ones shipped in the jar, or a user's file.
 * A model is configuration, so anything wrong with it is an {@link InputException} naming file and line.
 */
public final class ModelLoader {

    /** The models that ship with pkcheck, by id. */
    public static final List<String> BUILT_IN = List.of("kanta-hame", "pirkanmaa", "pohjois-karjala");

    private static final Set<String> TOP = Set.of("id", "name", "areas", "municipalities",
            "everyMunicipalityInArea", "limits", "severity", "off", "meetingPlaces", "tiers");
    /** A tier's own keys; its demands' short keys come from the rules ({@link RequirementCatalogue}). */
    private static final Set<String> TIER = Set.of("tier", "name", "scope", "severity", "off", "requirements");

    private final ModelBases bases = new ModelBases(new TreeReader(), BUILT_IN);
    private final RequirementCatalogue catalogue;

    /** A loader that checks a model's demands against the requirements {@code catalogue}'s rules read. */
    public ModelLoader(RequirementCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Resolves a model reference: a built-in id, or a path (relative paths against {@code baseDir}).
     *
     * @param at where the reference was written, for the error message; may be null (command line)
     */
    public GovernanceModel resolve(String ref, Path baseDir, Location at) {
        if (BUILT_IN.contains(ref)) {
            return builtIn(ref);
        }
        if (at != null) {
            checkDataReference(ref, at);
        }
        Path file = baseDir == null ? Path.of(ref) : baseDir.resolve(ref);
        if (Files.isRegularFile(file)) {
            return load(file);
        }
        String where = at == null ? "--model" : at.toString();
        throw InputException.keyed(where, "error.unknownModel", ref, String.join(", ", BUILT_IN));
    }

    /**
     * A model named by the data (untrusted, docs/security.md) may only be a YAML or JSON file: never a device,
     * a {@code /proc} file or any other file the data's author would like to see quoted in an error message.
     */
    private static void checkDataReference(String ref, Location at) {
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        boolean modelFile = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
        if (!modelFile || ref.indexOf('\0') >= 0) {
            throw InputException.keyed(at, "error.dataModelUnknown", shorten(ref), String.join(", ", BUILT_IN));
        }
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    public GovernanceModel builtIn(String id) {
        return read(bases.builtIn(id), "built-in");
    }

    public GovernanceModel load(Path file) {
        return read(bases.file(file), DatasetLoader.display(file));
    }

    private GovernanceModel read(Node root, String source) {
        if (!root.isObject()) {
            throw InputException.keyed(root.location(), "model.error.notMapping");
        }
        strict(root, TOP, "model");
        String id = text(root, "id", true);
        List<Area> areas = new ArrayList<>();
        for (Node a : list(root, "areas")) {
            strict(a, Set.of("id", "name"), "area");
            areas.add(new Area(text(a, "id", true), text(a, "name", false), a.location()));
        }
        Set<String> areaIds = new HashSet<>();
        areas.forEach(a -> areaIds.add(a.id()));
        List<Municipality> municipalities = new ArrayList<>();
        for (Node m : list(root, "municipalities")) {
            strict(m, Set.of("code", "name", "area"), "municipality");
            String code = text(m, "code", true);
            if (!code.matches("[0-9]{3}")) {
                throw InputException.keyed(m.get("code").location(), "model.error.municipalityCode", code);
            }
            String area = text(m, "area", false);
            if (area != null && !areaIds.contains(area)) {
                throw InputException.keyed(m.get("area").location(), "model.error.unknownArea", area);
            }
            municipalities.add(new Municipality(code, text(m, "name", false), area, m.location()));
        }
        Limits limits = limits(root.get("limits"));
        MeetingPlaceSpec meetingPlaces = null;
        Node mp = root.get("meetingPlaces");
        if (mp != null && !mp.isNull()) {
            strict(mp, Set.of("perMunicipality"), "meetingPlaces");
            meetingPlaces = new MeetingPlaceSpec(integer(mp, "perMunicipality", 1));
        }
        List<Node> tierNodes = list(root, "tiers");
        if (tierNodes.isEmpty()) {
            throw InputException.keyed(root.location(), "model.error.noTiers");
        }
        List<ModelTier> tiers = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        Tier above = null;
        for (Node t : tierNodes) {
            ModelTier tier = tier(t, above);
            tiers.add(tier);
            requirements.addAll(new TierRequirements(catalogue, tier.tier(), above != null).read(t));
            above = tier.tier();
        }
        return new GovernanceModel(id, text(root, "name", false) == null ? id : text(root, "name", false), source,
                areas, municipalities, bool(root, "everyMunicipalityInArea", false), limits, tiers, meetingPlaces,
                severities(root.get("severity")), ruleSet(root.get("off")), requirements);
    }

    private ModelTier tier(Node t, Tier above) {
        Set<String> allowed = new LinkedHashSet<>(TIER);
        allowed.addAll(catalogue.keysUnder(""));
        strict(t, allowed, "tier");
        Tier tier = enumValue(t.get("tier"), Tier.class, "tier");
        if (tier == null) {
            throw InputException.keyed(t.location(), "model.error.tierMissing");
        }
        if (above != null && tier.ordinal() <= above.ordinal()) {
            throw InputException.keyed(t.get("tier").location(), "model.error.tierOrder");
        }
        Scope scope = enumValue(t.get("scope"), Scope.class, "scope");
        if (scope == null) {
            throw InputException.keyed(t.location(), "model.error.scopeMissing", tier.name());
        }
        return new ModelTier(tier, text(t, "name", false), scope, above, severities(t.get("severity")),
                ruleSet(t.get("off")));
    }

    private static Limits limits(Node node) {
        if (node == null || node.isNull()) {
            return Limits.DEFAULTS;
        }
        strict(node, Set.of("maxGroupsPerPerson", "termNoticeDays", "quorum"), "limits");
        double quorum = Limits.DEFAULTS.quorum();
        Node q = node.get("quorum");
        if (q != null) {
            try {
                quorum = Double.parseDouble(q.text());
            } catch (NumberFormatException | NullPointerException e) {
                throw InputException.keyed(q.location(), "model.error.quorumFraction");
            }
            if (quorum < 0 || quorum >= 1) {
                throw InputException.keyed(q.location(), "model.error.quorumRange");
            }
        }
        return new Limits(integer(node, "maxGroupsPerPerson", Limits.DEFAULTS.maxGroupsPerPerson()),
                integer(node, "termNoticeDays", Limits.DEFAULTS.termNoticeDays()), quorum);
    }

    static Set<OrganisationType> types(Node node) {
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        if (node.isArray()) {
            for (Node item : node.items()) {
                types.add(enumValue(item, OrganisationType.class, "organisation type"));
            }
        } else {
            types.add(enumValue(node, OrganisationType.class, "organisation type"));
        }
        types.remove(null);
        if (types.isEmpty()) {
            throw InputException.keyed(node.location(), "model.error.noTypes");
        }
        return types;
    }

    private static Map<String, Severity> severities(Node node) {
        Map<String, Severity> result = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            throw InputException.keyed(node.location(), "model.error.severityMap");
        }
        for (var e : node.fields().entrySet()) {
            checkRuleId(e.getKey(), e.getValue().location());
            Severity s = e.getValue().isScalar() ? Severity.parse(e.getValue().text()) : null;
            if (s == null) {
                throw InputException.keyed(e.getValue().location(), "model.error.severityValue", e.getKey());
            }
            result.put(e.getKey(), s);
        }
        return result;
    }

    private static Set<String> ruleSet(Node node) {
        Set<String> result = new HashSet<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            throw InputException.keyed(node.location(), "model.error.offList");
        }
        for (Node item : node.items()) {
            checkRuleId(item.text(), item.location());
            result.add(item.text());
        }
        return result;
    }

    static void checkRuleId(String id, Location at) {
        if (id == null || !id.matches("[A-Z]+-[0-9]{3}")) {
            throw InputException.keyed(at, "model.error.ruleId", String.valueOf(id));
        }
    }

    /** Refuses unknown and repeated keys: a configuration file (model, waivers) must say exactly what it means. */
    static void strict(Node node, Set<String> allowed, String what) {
        if (!node.isObject()) {
            throw InputException.keyed(node.location(), "model.error.mapping", what);
        }
        for (var e : node.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String suggestion = Suggest.closest(e.getKey(), allowed);
                throw suggestion == null ? InputException.keyed(e.getValue().location(), "model.error.unknownKey", e.getKey(), what)
                        : InputException.keyed(e.getValue().location(), "model.error.unknownKeySuggest", e.getKey(), what,
                        suggestion);
            }
        }
        if (!node.duplicateKeys().isEmpty()) {
            Node d = node.duplicateKeys().get(0);
            throw InputException.keyed(d.location(), "model.error.duplicateKey", d.text(), what);
        }
    }

    static List<Node> list(Node node, String key) {
        Node value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw InputException.keyed(value.location(), "model.error.list", key);
        }
        return value.items();
    }

    static String text(Node node, String key, boolean required) {
        Node value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw InputException.keyed(node.location(), "model.error.missing", key);
            }
            return null;
        }
        if (!value.isScalar()) {
            throw InputException.keyed(value.location(), "model.error.single", key);
        }
        return value.text();
    }

    /** The text of the single value {@code node}, written for {@code key}. */
    static String scalarText(Node node, String key) {
        if (!node.isScalar()) {
            throw InputException.keyed(node.location(), "model.error.single", key);
        }
        return node.text();
    }

    private static boolean bool(Node node, String key, boolean fallback) {
        String text = text(node, key, false);
        if (text == null) {
            return fallback;
        }
        if (!"true".equals(text) && !"false".equals(text)) {
            throw InputException.keyed(node.get(key).location(), "model.error.bool", key);
        }
        return Boolean.parseBoolean(text);
    }

    static Integer integerOrNull(Node node, String key) {
        String text = text(node, key, false);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw InputException.keyed(node.get(key).location(), "model.error.count", key);
        }
    }

    private static int integer(Node node, String key, int fallback) {
        Integer value = integerOrNull(node, key);
        return value == null ? fallback : value;
    }

    static <E extends Enum<E>> E enumValue(Node node, Class<E> type, String what) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String suggestion = text == null ? null : Suggest.closest(text, names);
        throw suggestion == null
                ? InputException.keyed(node.location(), "model.error.enum", String.valueOf(text), what, String.join(", ", names))
                : InputException.keyed(node.location(), "model.error.enumSuggest", String.valueOf(text), what,
                String.join(", ", names), suggestion);
    }
}
