package fi.perhekeskus.pkcheck.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.TierDemands;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Municipality;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Tier;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a realistic family-centre network for any governance model, deterministic by seed, at any size
 * (1k … 1M memberships and more), for the benchmarks and the plain-reference test (issue 5).
 *
 * <p>Shape: the model's tiers top first; REGION and AREA tiers get the number of groups the model asks for,
 * and the lowest unbounded tier (a MUNICIPALITIES tier, or a tier without {@code groups.max}) takes the rest
 * of the memberships: one group per municipality (or pair of neighbours) for coverage, then more groups in
 * municipalities drawn by a skewed weight (cities have many). Where a model has no unbounded tier (Kanta-Häme,
 * Pohjois-Karjala), its lowest tier gets more groups than the model allows, which is STRUCT-002. Group sizes
 * are 8–30 seats (mostly 8–14, within the model's {@code size} range where it has one); people carry 1–4 seats
 * (about 60 % one, 27 % two), and a few overloaded ones 5–6. Every group is composed to satisfy its tier's
 * demands (chair, chair group, required types, every municipality of the scope, roles, coordinators, a
 * seat-holder shared with the tier above), and then defects are injected at {@code defectRate}: see
 * {@link Defect}. What was injected is counted in {@code manifest.json}.
 *
 * <p>Output: {@code <out>/data/} is the dataset (JSON or YAML files: {@code network}, {@code groups-NNNN} of at
 * most ~50,000 memberships each, {@code people}, {@code meeting-places}); for the synthetic model
 * {@code <out>/model.yaml} is the model, in the documented format, which the data names as
 * {@code model: ../model.yaml}; in JSON, {@code <out>/one/network.json} holds the same records as one file and
 * {@code <out>/export/network.json} as an export lays them out (see {@link #exportFile}). Groups and people are
 * streamed with Jackson's generators, never held as one tree; only compact per-person arrays are kept in memory.
 *
 * <p>{@code java ... NetworkGenerator --model synthetic --memberships 100000 --seed 42 --out DIR
 * [--format json|yaml] [--defects 0.02] [--date 2025-03-01] [--municipalities N] [--areas N]}
 */
public final class NetworkGenerator {

    /** The model id that makes the generator write its own model with hundreds of municipalities. */
    public static final String SYNTHETIC = "synthetic";

    /** The check date the generated terms are written around (pass it as {@code --date}). */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 3, 1);

    private static final int MEMBERSHIPS_PER_FILE = 50_000;

    /** The kinds of defect injected, each at the configured rate where it applies. */
    public enum Defect {
        /** the chair seat is written as a plain member (CHAIR-001) */
        NO_CHAIR,
        /** a second member is written as chair (CHAIR-002) */
        SECOND_CHAIR,
        /** the chair represents another organisation type than the model requires (CHAIR-003) */
        CHAIR_WRONG_TYPE,
        /** no seat of one required organisation type (REP-001) */
        MISSING_TYPE,
        /** one municipality of the scope has no seat (REP-002) */
        MISSING_MUNICIPALITY,
        /** a municipality is named by no group of the tier that must cover every one (STRUCT-003) */
        UNCOVERED_MUNICIPALITY,
        /** a membership whose term has ended before the check date (TERM-001, and it no longer counts) */
        ENDED_TERM,
        /** a membership whose term starts after the check date (TERM-001) */
        NOT_STARTED,
        /** a term that ends within the model's notice period (TERM-002) */
        ENDING_SOON,
        /** a deputy from another organisation than the seat represents (TERM-003) */
        DEPUTY_OTHER_ORG,
        /** a person meant to carry 5–6 seats (NET-001 where the limit is 4) */
        OVERLOADED_PERSON
    }

    /** What to generate. {@code municipalities}/{@code areas} size the synthetic model; null: from the size. */
    public record Config(String model, int memberships, long seed, String format, double defectRate,
                         LocalDate checkDate, Integer municipalities, Integer areas) {

        public Config {
            format = format == null ? "json" : format.toLowerCase(Locale.ROOT);
            if (!format.equals("json") && !format.equals("yaml")) {
                throw new IllegalArgumentException("--format must be json or yaml");
            }
            checkDate = checkDate == null ? DEFAULT_DATE : checkDate;
        }

        public static Config of(String model, int memberships, long seed) {
            return new Config(model, memberships, seed, "json", 0.02, DEFAULT_DATE, null, null);
        }

        public Config withDefects(double rate) {
            return new Config(model, memberships, seed, format, rate, checkDate, municipalities, areas);
        }

        public Config withShape(int municipalityCount, int areaCount) {
            return new Config(model, memberships, seed, format, defectRate, checkDate, municipalityCount, areaCount);
        }

        public Config withFormat(String newFormat) {
            return new Config(model, memberships, seed, newFormat, defectRate, checkDate, municipalities, areas);
        }
    }

    /** What was written: the dataset directory, the model file (null for a built-in model) and counts. */
    public record Result(Path dataDir, Path modelFile, String modelRef, LocalDate checkDate, int memberships,
                         int groups, int people, int organisations, int municipalities, int areas,
                         Map<String, Integer> defects, List<String> notes) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: NetworkGenerator --model ID|synthetic|FILE --memberships N --seed S --out DIR"
                        + " [--format json|yaml] [--defects RATE] [--date YYYY-MM-DD] [--municipalities N] [--areas N]");
                System.exit(2);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        Config config = new Config(opts.getOrDefault("model", SYNTHETIC),
                Integer.parseInt(opts.getOrDefault("memberships", "1000").replace("_", "")),
                Long.parseLong(opts.getOrDefault("seed", "42")), opts.get("format"),
                Double.parseDouble(opts.getOrDefault("defects", "0.02")),
                opts.containsKey("date") ? LocalDate.parse(opts.get("date")) : DEFAULT_DATE,
                opts.containsKey("municipalities") ? Integer.valueOf(opts.get("municipalities")) : null,
                opts.containsKey("areas") ? Integer.valueOf(opts.get("areas")) : null);
        Path out = Path.of(opts.getOrDefault("out", "bench/target/data/" + config.model() + "-" + config.memberships()));
        long start = System.nanoTime();
        Result r = generate(config, out);
        System.out.printf(Locale.ROOT, "%s: %,d memberships in %,d groups, %,d people, %d municipalities, %d areas"
                        + " (%d ms)%n", r.dataDir(), r.memberships(), r.groups(), r.people(), r.municipalities(),
                r.areas(), (System.nanoTime() - start) / 1_000_000);
        r.notes().forEach(n -> System.out.println("note: " + n));
    }

    /** Generates into {@code out} (created; files of an earlier run are replaced). */
    public static Result generate(Config config, Path out) {
        try {
            return new NetworkGenerator(config).run(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code out} holds a finished generation (its manifest is written last). */
    public static boolean isGenerated(Path out) {
        return Files.isRegularFile(out.resolve("manifest.json")) && Files.isDirectory(out.resolve("data"));
    }

    // ------------------------------------------------------------------------------------------------

    private final Config config;
    private final SplittableRandom random;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> defects = new TreeMap<>();

    private GovernanceModel model;
    private String modelRef;
    private Path modelFile;

    // municipalities and areas
    private final List<String> codes = new ArrayList<>();
    private final Map<String, String> muniName = new LinkedHashMap<>();
    private final Map<String, String> muniArea = new LinkedHashMap<>();
    private final Map<String, List<String>> areaMunis = new LinkedHashMap<>();
    private final Map<String, String> areaName = new LinkedHashMap<>();
    private final Set<String> uncovered = new HashSet<>();

    // organisations
    private final List<String> orgId = new ArrayList<>();
    private final List<OrganisationType> orgType = new ArrayList<>();
    private final List<String> orgName = new ArrayList<>();
    private final List<String> orgMuni = new ArrayList<>();
    private final List<List<String>> orgWorksIn = new ArrayList<>();
    private int wellbeingRegion;
    private int diocese;
    private int kela;
    private final int[] regionNgos = new int[3];
    private final int[] others = new int[4];
    private final Map<String, Integer> muniOrg = new LinkedHashMap<>();
    private final Map<String, Integer> parishOrg = new LinkedHashMap<>();
    private final Map<String, Integer> ngoOrg = new LinkedHashMap<>();
    private final Map<String, Integer> areaNgo = new LinkedHashMap<>();

    // people: compact arrays, grown as needed
    private int people;
    private int[] personOrg = new int[1024];
    private byte[] personTarget = new byte[1024];
    private byte[] personLoad = new byte[1024];
    private byte[] personTitle = new byte[1024];
    /** per pool key (organisation * 2 + titled): people who can take more seats */
    private final Map<Integer, IntList> capacity = new LinkedHashMap<>();
    /** per organisation: everyone, for deputies */
    private final Map<Integer, IntList> everyone = new LinkedHashMap<>();

    private int memberships;
    private int groupCount;

    private NetworkGenerator(Config config) {
        this.config = config;
        this.random = new SplittableRandom(config.seed());
    }

    private Result run(Path out) throws IOException {
        Path data = out.resolve("data");
        if (Files.isDirectory(data)) {
            try (var walk = Files.walk(data)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(data);
        loadModel(out);
        placeMunicipalities();
        organisations();
        List<GroupPlan> plan = plan();
        writeNetwork(data.resolve("network." + config.format()));
        writeGroups(data, plan);
        writeMeetingPlaces(data);
        writePeople(data.resolve("people." + config.format()));
        if (config.format().equals("json")) {
            // The other shape (issue 22): the same records as one file, as a registry exports them.
            oneFile(data, out.resolve("one").resolve("network.json"));
            // A third, which the generator's own writing does not suggest: every membership in one top-level list
            // after the groups, each naming its group, and the file indented, as a registry or a script's
            // json.dump(indent=2) writes it (the 1M file takes ~240 MB instead of ~135 MB).
            exportFile(out.resolve("one").resolve("network.json"), out.resolve("export").resolve("network.json"));
        }
        Result result = new Result(data, modelFile, modelRef, config.checkDate(), memberships, groupCount, people,
                orgId.size(), codes.size(), areaMunis.size(), defects, notes);
        writeManifest(out.resolve("manifest.json"), result);
        return result;
    }

    /**
     * Writes the JSON files of {@code data} (in the loader's order) as one JSON file {@code target}: the scalars of
     * the top level once (from the first file that has them), each top-level list the concatenation of the lists
     * of every file. Streamed item by item, one pass per list kind, so nothing of the size of the data is held.
     * The one file lies one directory below {@code out}, as the data directory does, so {@code model: ../model.yaml}
     * still names the model.
     */
    public static void oneFile(Path data, Path target) throws IOException {
        List<Path> files;
        try (var walk = Files.list(data)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        Files.createDirectories(target.getParent());
        JsonFactory factory = new JsonFactory();
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (Path file : files) {
            try (var parser = factory.createParser(file.toFile())) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    keys.putIfAbsent(key, parser.nextToken() == JsonToken.START_ARRAY);
                    parser.skipChildren();
                }
            }
        }
        try (JsonGenerator g = factory.createGenerator(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16),
                JsonEncoding.UTF8)) {
            g.writeStartObject();
            for (Map.Entry<String, Boolean> key : keys.entrySet()) {
                boolean written = false;
                for (Path file : files) {
                    try (var parser = factory.createParser(file.toFile())) {
                        parser.nextToken();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            parser.nextToken();
                            if (!name.equals(key.getKey())) {
                                parser.skipChildren();
                            } else if (key.getValue()) {
                                if (!written) {
                                    g.writeArrayFieldStart(name);
                                    written = true;
                                }
                                while (parser.nextToken() != JsonToken.END_ARRAY) {
                                    g.copyCurrentStructure(parser);
                                }
                            } else if (!written) {
                                g.writeFieldName(name);
                                g.copyCurrentStructure(parser);
                                written = true;
                            } else {
                                parser.skipChildren();
                            }
                        }
                    }
                }
                if (written && key.getValue()) {
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
        }
    }

    /**
     * Rewrites the one file {@code one} (see {@link #oneFile}) as {@code target} in the shape an export takes: the
     * groups without their members, then a top-level {@code members} list in which each membership names its
     * group first, the whole indented by two spaces. Streamed in two passes over {@code one}; nothing of the size
     * of the data is held. It relies on what {@link #oneFile} writes: no top-level {@code members} list, and each
     * group's {@code id} before its {@code members}.
     */
    public static void exportFile(Path one, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        JsonFactory factory = new JsonFactory();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = factory.createGenerator(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16),
                JsonEncoding.UTF8).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            try (var parser = factory.createParser(one.toFile())) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    g.writeFieldName(name);
                    if (!name.equals("groups")) {
                        g.copyCurrentStructure(parser);
                        continue;
                    }
                    g.writeStartArray();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        g.writeStartObject();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            if (field.equals("members")) {
                                parser.skipChildren();
                            } else {
                                g.writeFieldName(field);
                                g.copyCurrentStructure(parser);
                            }
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
            }
            g.writeArrayFieldStart("members");
            try (var parser = factory.createParser(one.toFile())) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean groups = parser.currentName().equals("groups");
                    parser.nextToken();
                    if (!groups) {
                        parser.skipChildren();
                        continue;
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        String group = null;
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            if (field.equals("id")) {
                                group = parser.getText();
                            } else if (field.equals("members")) {
                                // the generator writes a group's id before its members
                                while (parser.nextToken() == JsonToken.START_OBJECT) {
                                    g.writeStartObject();
                                    g.writeStringField("group", group);
                                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                        g.writeFieldName(parser.currentName());
                                        parser.nextToken();
                                        g.copyCurrentStructure(parser);
                                    }
                                    g.writeEndObject();
                                }
                            } else {
                                parser.skipChildren();
                            }
                        }
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    // ------------------------------------------------------------------------------------------------ model

    private void loadModel(Path out) throws IOException {
        ModelLoader loader = fi.perhekeskus.pkcheck.model.TestModels.loader();
        if (SYNTHETIC.equals(config.model())) {
            int m = config.municipalities() != null ? config.municipalities()
                    : Math.max(12, Math.min(800, config.memberships() / 2000));
            if (m < 2 || m > 999) {
                throw new IllegalArgumentException("a synthetic model has 2–999 municipalities (3-digit codes)");
            }
            int a = config.areas() != null ? config.areas() : Math.max(2, Math.min(60, Math.round(m / 12f)));
            a = Math.max(1, Math.min(a, m));
            modelFile = out.resolve("model.yaml");
            Files.createDirectories(out);
            Files.writeString(modelFile, syntheticModel(m, a), StandardCharsets.UTF_8);
            model = loader.load(modelFile);
            modelRef = "../model.yaml";
        } else if (ModelLoader.BUILT_IN.contains(config.model())) {
            model = loader.builtIn(config.model());
            modelRef = config.model();
        } else {
            Path file = Path.of(config.model()).toAbsolutePath();
            model = loader.load(file);
            modelRef = file.toString();
        }
    }

    /**
     * The synthetic model: Pirkanmaa's three tiers over {@code m} municipalities in {@code a} areas, every
     * municipality pinned to its area; the provincial group does not seat every municipality (hundreds would
     * not fit a group) but asks for three municipal seats, the regional groups seat every municipality of their
     * area and need a coordinator.
     */
    private String syntheticModel(int m, int a) {
        StringBuilder y = new StringBuilder();
        y.append("# A synthetic governance model for benchmarks, written by pkcheck's NetworkGenerator (seed ")
                .append(config.seed()).append("):\n# ").append(m).append(" municipalities in ").append(a)
                .append(" areas, Pirkanmaa's three tiers. See docs/model-format.md.\n");
        y.append("id: synthetic\nname: Synteettinen hyvinvointialue\nareas:\n");
        for (int i = 1; i <= a; i++) {
            y.append(String.format(Locale.ROOT, "  - { id: alue-%02d, name: Perhekeskusalue %d }%n", i, i));
        }
        y.append("municipalities:\n");
        // contiguous blocks of uneven size: areas of 0.5–1.5 times the mean
        double[] weights = new double[a];
        double total = 0;
        for (int i = 0; i < a; i++) {
            weights[i] = 0.5 + random.nextDouble();
            total += weights[i];
        }
        int[] counts = new int[a];
        int assigned = 0;
        for (int i = 0; i < a; i++) {
            counts[i] = Math.max(1, (int) Math.floor(weights[i] / total * m));
            assigned += counts[i];
        }
        for (int i = 0; assigned < m; i = (i + 1) % a) {
            counts[i]++;
            assigned++;
        }
        for (int i = 0; assigned > m; i = (i + 1) % a) {
            if (counts[i] > 1) {
                counts[i]--;
                assigned--;
            }
        }
        int code = 1;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < a; i++) {
            for (int k = 0; k < counts[i]; k++, code++) {
                String name = placeName(names);
                y.append(String.format(Locale.ROOT, "  - { code: \"%03d\", name: %s, area: alue-%02d }%n", code, name,
                        i + 1));
            }
        }
        y.append("""
                everyMunicipalityInArea: true
                limits: { maxGroupsPerPerson: 4, termNoticeDays: 60, quorum: 0.5 }
                tiers:
                  - tier: PROVINCIAL
                    name: maakunnallinen ohjausryhmä
                    scope: REGION
                    groups: { min: 1, max: 1 }
                    chair:
                      represents: WELLBEING_REGION
                      groupCovers: [WELLBEING_REGION, MUNICIPALITY, NGO, [PARISH, DIOCESE], KELA]
                    represented: [WELLBEING_REGION, NGO, DIOCESE, KELA, { type: MUNICIPALITY, min: 3 }]
                    size: { min: 10, max: 30 }
                  - tier: REGIONAL
                    name: alueellinen koordinaatioryhmä
                    scope: AREA
                    groups: { min: 1, max: 1 }
                    chair:
                      represents: WELLBEING_REGION
                      title: varhaisen tuen palvelupäällikkö
                    represented: [WELLBEING_REGION, NGO, PARISH, KELA]
                    allMunicipalities: true
                    roles: [{ role: COORDINATOR, min: 1 }]
                  - tier: LOCAL
                    name: paikallinen perhekeskusverkosto
                    scope: MUNICIPALITIES
                    coverEveryMunicipality: true
                    maxMunicipalities: 2
                    sameArea: true
                    chair: {}
                    represented: [WELLBEING_REGION, MUNICIPALITY, NGO, [PARISH, DIOCESE]]
                    severity: { REP-001: WARNING }   # a goal, as in Pirkanmaa
                """);
        return y.toString();
    }

    private static final String[] SYLLABLES = {"Ko", "ski", "la", "jär", "vi", "lah", "ti", "mä", "ki", "ran", "ta",
        "nie", "mi", "sa", "lo", "hel", "va", "ho", "lin", "na", "pu", "rou", "ke", "su", "jo", "en", "ka", "ru"};
    private static final String[] ENDINGS = {"la", "nen", "koski", "järvi", "lahti", "mäki", "niemi", "vaara",
        "salo", "ranta", "joki", "harju"};

    private String placeName(Set<String> used) {
        while (true) {
            StringBuilder s = new StringBuilder(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            if (random.nextInt(3) == 0) {
                s.append(SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase(Locale.ROOT));
            }
            s.append(ENDINGS[random.nextInt(ENDINGS.length)]);
            String name = Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
            if (used.add(name)) {
                return name;
            }
        }
    }

    /** Every municipality gets an area: the model's pin, else one spread over the areas by seed. */
    private void placeMunicipalities() {
        List<Area> areas = model.areas();
        for (Area a : areas) {
            areaMunis.put(a.id(), new ArrayList<>());
            areaName.put(a.id(), a.name() == null ? a.id() : a.name());
        }
        List<Municipality> list = new ArrayList<>(model.municipalities());
        list.sort(java.util.Comparator.comparing(Municipality::code));
        if (list.isEmpty()) {
            throw new IllegalArgumentException("model " + model.id() + " lists no municipalities: give the generator"
                    + " a model with a municipality list");
        }
        int next = random.nextInt(Math.max(1, areas.size()));
        for (Municipality m : list) {
            String area = m.area();
            if (area == null && !areas.isEmpty()) {
                area = areas.get(next++ % areas.size()).id();
            }
            codes.add(m.code());
            muniName.put(m.code(), m.name() == null ? "Kunta " + m.code() : m.name());
            muniArea.put(m.code(), area);
            if (area != null) {
                areaMunis.get(area).add(m.code());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ organisations

    private int org(String id, OrganisationType type, String name, String municipality, List<String> worksIn) {
        orgId.add(id);
        orgType.add(type);
        orgName.add(name);
        orgMuni.add(municipality);
        orgWorksIn.add(worksIn);
        return orgId.size() - 1;
    }

    private void organisations() {
        wellbeingRegion = org("hva", OrganisationType.WELLBEING_REGION, model.name() + " hyvinvointialue", null, null);
        for (String code : codes) {
            String name = muniName.get(code);
            muniOrg.put(code, org("kunta-" + code, OrganisationType.MUNICIPALITY, name + " kunta", code, null));
            parishOrg.put(code, org("srk-" + code, OrganisationType.PARISH, name + " seurakunta", null,
                    List.of(code)));
            ngoOrg.put(code, org("mll-" + code, OrganisationType.NGO, "MLL " + name, null, List.of(code)));
        }
        for (String area : areaMunis.keySet()) {
            areaNgo.put(area, org("jarjesto-" + area, OrganisationType.NGO, "Perhejärjestöt " + areaName.get(area),
                    null, areaMunis.get(area)));
        }
        for (int i = 0; i < regionNgos.length; i++) {
            regionNgos[i] = org("maakuntajarjesto-" + (i + 1), OrganisationType.NGO, "Maakunnallinen järjestö " + (i + 1),
                    null, null);
        }
        diocese = org("hiippakunta", OrganisationType.DIOCESE, "Hiippakunta", null, null);
        kela = org("kela", OrganisationType.KELA, "Kela", null, null);
        for (int i = 0; i < others.length; i++) {
            others[i] = org("muu-" + (i + 1), OrganisationType.OTHER, "Muu toimija " + (i + 1), null, null);
        }
    }

    /** An organisation of {@code type} that works within {@code scope} (municipality codes), avoiding {@code not}. */
    private int orgOf(OrganisationType type, List<String> scope, String avoidMunicipality) {
        List<String> usable = scope;
        if (avoidMunicipality != null && scope.contains(avoidMunicipality) && scope.size() > 1) {
            usable = new ArrayList<>(scope);
            usable.remove(avoidMunicipality);
        }
        String code = usable.isEmpty() ? null : usable.get(random.nextInt(usable.size()));
        if (code != null && code.equals(avoidMunicipality)) {
            code = null;
        }
        switch (type) {
            case WELLBEING_REGION:
                return wellbeingRegion;
            case MUNICIPALITY:
                return code == null ? -1 : muniOrg.get(code);
            case PARISH:
                return code == null ? -1 : parishOrg.get(code);
            case NGO: {
                int roll = random.nextInt(10);
                if (roll < 7 && code != null) {
                    return ngoOrg.get(code);
                }
                String area = code == null ? null : muniArea.get(code);
                if (roll < 9 && area != null) {
                    return areaNgo.get(area);
                }
                return regionNgos[random.nextInt(regionNgos.length)];
            }
            case DIOCESE:
                return diocese;
            case KELA:
                return kela;
            default:
                return others[random.nextInt(others.length)];
        }
    }

    // ------------------------------------------------------------------------------------------------ people

    private static final String[][] TITLES = {
        {"perhekeskuksen lähiesihenkilö", "perheneuvoja", "terveydenhoitaja", "sosiaalityöntekijä", "psykologi",
            "palveluesihenkilö", "perhetyöntekijä"},
        {"varhaiskasvatusjohtaja", "rehtori", "nuorisotyön esihenkilö", "sivistysjohtaja", "liikuntasuunnittelija",
            "hyvinvointikoordinaattori"},
        {"toiminnanjohtaja", "perhetoiminnan vastaava", "järjestösuunnittelija", "perhekahvilan vetäjä"},
        {"perhetyön pastori", "diakoniatyöntekijä", "varhaiskasvatuksen ohjaaja"},
        {"hiippakuntasihteeri", "kasvatusasiain sihteeri"},
        {"palveluasiantuntija", "yhteistyöpäällikkö"},
        {"asiantuntija", "projektipäällikkö"}};

    /** A title index: 0..n-1 an ordinary title of the organisation's type; -1 the chair title; -2 coordinator. */
    private static final byte CHAIR_TITLE = -1;
    private static final byte COORDINATOR_TITLE = -2;

    private int newPerson(int org, int target, byte title) {
        if (people == personOrg.length) {
            int n = people * 2;
            personOrg = Arrays.copyOf(personOrg, n);
            personTarget = Arrays.copyOf(personTarget, n);
            personLoad = Arrays.copyOf(personLoad, n);
            personTitle = Arrays.copyOf(personTitle, n);
        }
        int p = people++;
        personOrg[p] = org;
        personTarget[p] = (byte) target;
        personTitle[p] = title;
        everyone.computeIfAbsent(org, k -> new IntList()).add(p);
        return p;
    }

    /** Seats a person will carry: mostly 1–2, a few 3–4; at the defect rate 5–6 (NET-001). */
    private int drawLoad() {
        if (random.nextDouble() < config.defectRate()) {
            count(Defect.OVERLOADED_PERSON);
            return 5 + random.nextInt(2);
        }
        double r = random.nextDouble();
        return r < 0.62 ? 1 : r < 0.89 ? 2 : r < 0.97 ? 3 : 4;
    }

    /** A person of {@code org} for a seat in a group whose members (and deputies) are {@code taken}. */
    private int seatHolder(int org, boolean titled, Set<Integer> taken) {
        int key = org * 2 + (titled ? 1 : 0);
        IntList pool = capacity.computeIfAbsent(key, k -> new IntList());
        for (int attempt = 0; attempt < 6 && pool.size() > 0; attempt++) {
            int i = random.nextInt(pool.size());
            int p = pool.get(i);
            if (personLoad[p] >= personTarget[p]) {
                pool.removeAt(i);
                continue;
            }
            if (taken.contains(p)) {
                continue;
            }
            take(p, pool, i);
            return p;
        }
        int p = newPerson(org, drawLoad(), titled ? CHAIR_TITLE : (byte) random.nextInt(TITLES[orgType.get(org)
                .ordinal()].length));
        personLoad[p] = 1;
        if (personTarget[p] > 1) {
            pool.add(p);
        }
        return p;
    }

    private void take(int p, IntList pool, int index) {
        personLoad[p]++;
        if (personLoad[p] >= personTarget[p]) {
            pool.removeAt(index);
        }
    }

    /** A personal deputy from {@code org}, not already in the group. */
    private int deputyOf(int org, Set<Integer> taken) {
        IntList all = everyone.get(org);
        if (all != null && all.size() > 0) {
            for (int attempt = 0; attempt < 4; attempt++) {
                int p = all.get(random.nextInt(all.size()));
                if (!taken.contains(p)) {
                    return p;
                }
            }
        }
        int p = newPerson(org, drawLoad(), (byte) random.nextInt(TITLES[orgType.get(org).ordinal()].length));
        if (personTarget[p] > 0) {
            capacity.computeIfAbsent(org * 2, k -> new IntList()).add(p);
        }
        return p;
    }

    // ------------------------------------------------------------------------------------------------ plan

    /** One group to write: its tier, scope and the seats it should have. */
    private static final class GroupPlan {
        final TierDemands tier;
        final String id;
        final String name;
        final String area;
        final List<String> municipalities;
        final List<String> scope;
        final int size;
        /** the coordinator pre-chosen for a group whose coordinator must sit in a higher tier (ROLE-002) */
        int coordinator = -1;
        /** this group's seat-holders, kept for the groups of the tier below (NET-002 links) */
        int[] holders;

        GroupPlan(TierDemands tier, String id, String name, String area, List<String> municipalities, List<String> scope,
                  int size) {
            this.tier = tier;
            this.id = id;
            this.name = name;
            this.area = area;
            this.municipalities = municipalities;
            this.scope = scope;
            this.size = size;
        }
    }

    private List<GroupPlan> plan() {
        List<TierDemands> tiers = TierDemands.of(model);
        TierDemands sink = null;
        for (TierDemands t : tiers) {
            if (t.scope() == Scope.MUNICIPALITIES || t.maxGroups() == null) {
                sink = t;
            }
        }
        if (sink == null) {
            sink = tiers.get(tiers.size() - 1);
            notes.add("model " + model.id() + " bounds the groups of every tier: tier " + sink.tier()
                    + " gets more groups than it allows (STRUCT-002) to reach the size");
        }
        Map<Tier, List<GroupPlan>> byTier = new LinkedHashMap<>();
        int planned = 0;
        for (TierDemands t : tiers) {
            List<GroupPlan> groups = new ArrayList<>();
            byTier.put(t.tier(), groups);
            String prefix = slug(t.tier());
            int per = t.minGroups() != null ? Math.max(1, t.minGroups()) : 1;
            switch (t.scope()) {
                case REGION -> {
                    for (int i = 1; i <= per; i++) {
                        groups.add(group(t, prefix + (per > 1 ? "-" + i : ""), tierName(t) + (per > 1 ? " " + i : ""),
                                null, List.of(), codes));
                    }
                }
                case AREA -> {
                    for (String area : areaMunis.keySet()) {
                        for (int i = 1; i <= per; i++) {
                            groups.add(group(t, area + "-" + prefix + (per > 1 ? "-" + i : ""),
                                    tierName(t) + ", " + areaName.get(area) + (per > 1 ? " " + i : ""), area, List.of(),
                                    areaMunis.get(area)));
                        }
                    }
                }
                case MUNICIPALITIES -> {
                    int maxM = t.maxMunicipalities() == null ? 2 : Math.max(1, t.maxMunicipalities());
                    for (String area : areaMunis.keySet()) {
                        List<String> list = areaMunis.get(area);
                        for (int i = 0; i < list.size(); i++) {
                            String code = list.get(i);
                            if (t.coverEveryMunicipality() && random.nextDouble() < config.defectRate()) {
                                uncovered.add(code);
                                count(Defect.UNCOVERED_MUNICIPALITY);
                                continue;
                            }
                            List<String> ms = new ArrayList<>(List.of(code));
                            if (maxM > 1 && i + 1 < list.size() && random.nextInt(4) == 0) {
                                String next = list.get(i + 1);
                                if (!uncovered.contains(next)) {
                                    ms.add(next);
                                    i++;
                                }
                            }
                            groups.add(localGroup(t, ms, 1));
                        }
                    }
                }
            }
            planned += groups.stream().mapToInt(g -> g.size).sum();
        }
        // the rest of the memberships go to the sink tier, in municipalities (or areas) drawn by a skewed weight
        List<GroupPlan> extra = byTier.get(sink.tier());
        List<String> places = new ArrayList<>();
        if (sink.scope() == Scope.MUNICIPALITIES) {
            codes.stream().filter(c -> !uncovered.contains(c)).forEach(places::add);
        } else if (sink.scope() == Scope.AREA) {
            places.addAll(areaMunis.keySet());
        }
        double[] cumulative = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            sum += Math.exp(random.nextGaussian() * 1.1);
            cumulative[i] = sum;
        }
        Map<String, Integer> serial = new TreeMap<>();
        int sinkIndex = extra.size();
        while (planned < config.memberships() && !places.isEmpty()) {
            double x = random.nextDouble() * sum;
            int i = Arrays.binarySearch(cumulative, x);
            String place = places.get(i < 0 ? Math.min(places.size() - 1, -i - 1) : i);
            int n = serial.merge(place, 2, (a, b) -> a + 1);
            GroupPlan g = sink.scope() == Scope.MUNICIPALITIES ? localGroup(sink, List.of(place), n)
                    : group(sink, place + "-" + slug(sink.tier()) + "-" + n, tierName(sink) + ", " + areaName.get(place)
                    + " " + n, place, List.of(), areaMunis.get(place));
            extra.add(g);
            planned += g.size;
        }
        while (planned < config.memberships() && places.isEmpty()) {
            int n = ++sinkIndex;
            GroupPlan g = group(sink, slug(sink.tier()) + "-" + n, tierName(sink) + " " + n, null, List.of(), codes);
            extra.add(g);
            planned += g.size;
        }
        // a sink of municipal groups reads best grouped by area and municipality
        if (sink.scope() == Scope.MUNICIPALITIES) {
            Map<String, Integer> order = new LinkedHashMap<>();
            codes.forEach(c -> order.put(c, order.size()));
            extra.sort(java.util.Comparator.comparing((GroupPlan g) -> muniArea.getOrDefault(g.municipalities.get(0), ""))
                    .thenComparing(g -> order.get(g.municipalities.get(0))));
        }
        // coordinators that must sit in a higher tier (ROLE-002) are chosen now, so the higher group can seat them
        for (TierDemands t : tiers) {
            for (TierDemands.CoordinatorDemand c : t.coordinators()) {
                for (GroupPlan g : byTier.getOrDefault(c.from(), List.of())) {
                    g.coordinator = newPerson(wellbeingRegion, 2, COORDINATOR_TITLE);
                }
            }
        }
        List<GroupPlan> all = new ArrayList<>();
        byTier.values().forEach(all::addAll);
        return all;
    }

    private static String slug(Tier tier) {
        return switch (tier) {
            case PROVINCIAL -> "ohjausryhma";
            case REGIONAL -> "koordinaatioryhma";
            case LOCAL -> "perhekeskus";
        };
    }

    private static String tierName(TierDemands t) {
        String n = t.name() == null ? t.tier().name().toLowerCase(Locale.ROOT) : t.name();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private GroupPlan localGroup(TierDemands t, List<String> ms, int n) {
        String id = String.join("-", ms) + "-" + slug(t.tier()) + (n > 1 ? "-" + n : "");
        String name = tierName(t) + ", " + String.join(" ja ", ms.stream().map(muniName::get).toList())
                + (n > 1 ? " " + n : "");
        return group(t, id, name, null, ms, ms);
    }

    private GroupPlan group(TierDemands t, String id, String name, String area, List<String> ms, List<String> scope) {
        int size;
        double r = random.nextDouble();
        if (t.scope() == Scope.MUNICIPALITIES) {
            size = r < 0.7 ? 8 + random.nextInt(7) : r < 0.95 ? 15 + random.nextInt(8) : 23 + random.nextInt(8);
        } else {
            size = 14 + random.nextInt(14);
        }
        if (t.sizeMin() != null) {
            size = Math.max(size, t.sizeMin());
        }
        if (t.sizeMax() != null) {
            size = Math.min(size, t.sizeMax());
        }
        return new GroupPlan(t, id, name, area, ms, scope, size);
    }

    // ------------------------------------------------------------------------------------------------ seats

    /** One entry of a group's members. */
    private record Seat(int person, int org, Role role, int deputy, LocalDate from, LocalDate until,
                        boolean writeRepresents) {
    }

    private List<Seat> compose(GroupPlan g, Map<Tier, List<GroupPlan>> written) {
        TierDemands t = g.tier;
        Set<Integer> taken = new HashSet<>();
        List<int[]> seats = new ArrayList<>(); // {person, org, role ordinal}
        Set<OrganisationType> forced = EnumSet.noneOf(OrganisationType.class);

        // defects decided up front
        boolean noChair = t.chairRequired() && chance();
        if (noChair) {
            count(Defect.NO_CHAIR);
        }
        boolean secondChair = t.chairRequired() && chance();
        if (secondChair) {
            count(Defect.SECOND_CHAIR);
        }
        boolean wrongChair = t.chairRequired() && t.chairRepresents() != null && chance();
        if (wrongChair) {
            count(Defect.CHAIR_WRONG_TYPE);
        }
        String missingMunicipality = null;
        if (t.allMunicipalities() && !g.scope.isEmpty() && chance()) {
            missingMunicipality = g.scope.get(random.nextInt(g.scope.size()));
            count(Defect.MISSING_MUNICIPALITY);
        }

        // the chair
        if (t.chairRequired()) {
            OrganisationType type = t.chairRepresents() != null ? t.chairRepresents()
                    : t.scope() == Scope.MUNICIPALITIES ? OrganisationType.MUNICIPALITY : OrganisationType.WELLBEING_REGION;
            if (wrongChair) {
                type = type == OrganisationType.MUNICIPALITY ? OrganisationType.NGO : OrganisationType.MUNICIPALITY;
            }
            int org = orgOf(type, g.scope, missingMunicipality);
            if (org < 0) {
                org = wellbeingRegion;
            }
            boolean titled = t.chairTitle() != null && orgType.get(org) == OrganisationType.WELLBEING_REGION;
            int p = seatHolder(org, titled, taken);
            taken.add(p);
            seats.add(new int[] {p, org, (noChair ? Role.MEMBER : Role.CHAIR).ordinal()});
            forced.add(orgType.get(org));
        }
        // vice-chairs so that the chair group covers every demanded type
        for (TierDemands.TypeDemand c : t.chairGroupCovers()) {
            boolean covered = seats.stream().anyMatch(s -> c.accepts(orgType.get(s[1])));
            if (!covered) {
                OrganisationType type = c.anyOf().stream().sorted().findFirst().orElseThrow();
                int org = orgOf(type, g.scope, missingMunicipality);
                if (org >= 0) {
                    int p = seatHolder(org, false, taken);
                    taken.add(p);
                    seats.add(new int[] {p, org, Role.VICE_CHAIR.ordinal()});
                    forced.add(type);
                }
            }
        }
        // roles (a coordinator pre-chosen for ROLE-002 holds the COORDINATOR seat)
        for (TierDemands.RoleDemand r : t.roles()) {
            for (int i = 0; i < r.min(); i++) {
                int p;
                if (r.role() == Role.COORDINATOR && g.coordinator >= 0 && i == 0) {
                    p = g.coordinator;
                    personLoad[p]++;
                } else {
                    p = seatHolder(wellbeingRegion, false, taken);
                }
                taken.add(p);
                seats.add(new int[] {p, wellbeingRegion, r.role().ordinal()});
                forced.add(OrganisationType.WELLBEING_REGION);
            }
        }
        // the coordinators of lower tiers that must sit here (ROLE-002)
        for (TierDemands.CoordinatorDemand c : t.coordinators()) {
            for (GroupPlan lower : plannedOf(c.from())) {
                if (lower.coordinator >= 0 && taken.add(lower.coordinator)) {
                    personLoad[lower.coordinator]++;
                    seats.add(new int[] {lower.coordinator, wellbeingRegion, Role.MEMBER.ordinal()});
                    forced.add(OrganisationType.WELLBEING_REGION);
                }
            }
        }
        // every municipality of the scope
        if (t.allMunicipalities()) {
            for (String code : g.scope) {
                if (code.equals(missingMunicipality)) {
                    continue;
                }
                int org = muniOrg.get(code);
                if (seats.stream().noneMatch(s -> s[1] == org)) {
                    int p = seatHolder(org, false, taken);
                    taken.add(p);
                    seats.add(new int[] {p, org, Role.MEMBER.ordinal()});
                }
            }
            forced.add(OrganisationType.MUNICIPALITY);
        }
        // a seat-holder shared with the tier above (NET-002), where one still has room
        if (t.above() != null && t.linkToAbove()) {
            int link = linkPerson(g, written.getOrDefault(t.above(), List.of()), taken, missingMunicipality);
            if (link >= 0) {
                taken.add(link);
                personLoad[link]++;
                seats.add(new int[] {link, personOrg[link], Role.MEMBER.ordinal()});
                forced.add(orgType.get(personOrg[link]));
            }
        }
        // the organisation types the tier demands; one of them left out at the defect rate
        Set<OrganisationType> banned = EnumSet.noneOf(OrganisationType.class);
        List<TierDemands.TypeDemand> optional = t.represented().stream()
                .filter(r -> r.anyOf().stream().noneMatch(forced::contains)).toList();
        if (!optional.isEmpty() && chance()) {
            banned.addAll(optional.get(random.nextInt(optional.size())).anyOf());
            count(Defect.MISSING_TYPE);
        }
        for (TierDemands.TypeDemand r : t.represented()) {
            if (r.anyOf().stream().anyMatch(banned::contains)) {
                continue;
            }
            long have = seats.stream().filter(s -> r.accepts(orgType.get(s[1]))).count();
            List<OrganisationType> types = r.anyOf().stream().sorted().toList();
            for (long i = have; i < r.min(); i++) {
                OrganisationType type = types.get(random.nextInt(types.size()));
                int org = orgOf(type, g.scope, missingMunicipality);
                if (org < 0) {
                    continue;
                }
                int p = seatHolder(org, false, taken);
                taken.add(p);
                seats.add(new int[] {p, org, Role.MEMBER.ordinal()});
            }
        }
        // fill up to the planned size
        int guard = 0;
        while (seats.size() < g.size && guard++ < 4 * g.size) {
            OrganisationType type = fillType(t);
            if (banned.contains(type)) {
                continue;
            }
            int org = orgOf(type, g.scope, missingMunicipality);
            if (org < 0 || banned.contains(orgType.get(org))) {
                continue;
            }
            int p = seatHolder(org, false, taken);
            taken.add(p);
            seats.add(new int[] {p, org, Role.MEMBER.ordinal()});
        }
        // a second chair (CHAIR-002)
        if (secondChair && seats.size() > 1) {
            seats.get(seats.size() - 1)[2] = Role.CHAIR.ordinal();
        }
        // a secretary in some groups: a seat that counts for nothing but the TERM rules
        if (random.nextInt(8) == 0) {
            int p = seatHolder(wellbeingRegion, false, taken);
            taken.add(p);
            seats.add(new int[] {p, wellbeingRegion, Role.SECRETARY.ordinal()});
        }

        g.holders = seats.stream().mapToInt(s -> s[0]).toArray();
        List<Seat> result = new ArrayList<>(seats.size());
        LocalDate date = config.checkDate();
        for (int[] s : seats) {
            int deputy = -1;
            if (random.nextInt(10) < 3) {
                int org = s[1];
                if (chance()) {
                    count(Defect.DEPUTY_OTHER_ORG);
                    org = org == wellbeingRegion ? kela : wellbeingRegion;
                }
                deputy = deputyOf(org, taken);
                taken.add(deputy);
            }
            LocalDate from = date.minusDays(60 + random.nextInt(1400));
            LocalDate until = random.nextBoolean() ? null : date.plusDays(90 + random.nextInt(1000));
            if (chance()) {
                count(Defect.ENDED_TERM);
                until = date.minusDays(1 + random.nextInt(400));
                from = until.minusDays(200 + random.nextInt(1000));
            } else if (random.nextDouble() < config.defectRate() / 4) {
                count(Defect.NOT_STARTED);
                from = date.plusDays(1 + random.nextInt(120));
                if (until != null && !until.isAfter(from)) {
                    until = from.plusDays(365);
                }
            } else if (chance()) {
                count(Defect.ENDING_SOON);
                until = date.plusDays(random.nextInt(60));
            }
            boolean explicit = s[1] != personOrg[s[0]] || random.nextInt(4) == 0;
            result.add(new Seat(s[0], s[1], Role.values()[s[2]], deputy, from, until, explicit));
        }
        return result;
    }

    private final Map<Tier, List<GroupPlan>> plannedByTier = new LinkedHashMap<>();

    private List<GroupPlan> plannedOf(Tier tier) {
        return plannedByTier.getOrDefault(tier, List.of());
    }

    private static final OrganisationType[] FILL_LOCAL = {OrganisationType.MUNICIPALITY, OrganisationType.MUNICIPALITY,
        OrganisationType.MUNICIPALITY, OrganisationType.MUNICIPALITY, OrganisationType.WELLBEING_REGION,
        OrganisationType.WELLBEING_REGION, OrganisationType.WELLBEING_REGION, OrganisationType.NGO, OrganisationType.NGO,
        OrganisationType.PARISH, OrganisationType.OTHER, OrganisationType.KELA};
    private static final OrganisationType[] FILL_UPPER = {OrganisationType.WELLBEING_REGION,
        OrganisationType.WELLBEING_REGION, OrganisationType.WELLBEING_REGION, OrganisationType.MUNICIPALITY,
        OrganisationType.NGO, OrganisationType.NGO, OrganisationType.PARISH, OrganisationType.OTHER};

    private OrganisationType fillType(TierDemands t) {
        OrganisationType[] table = t.scope() == Scope.MUNICIPALITIES ? FILL_LOCAL : FILL_UPPER;
        return table[random.nextInt(table.length)];
    }

    /**
     * A seat-holder of a group above {@code g} with room for one more seat, who does not represent a
     * municipality outside {@code g}'s scope.
     */
    private int linkPerson(GroupPlan g, List<GroupPlan> above, Set<Integer> taken, String avoidMunicipality) {
        int limit = model.limits().maxGroupsPerPerson();
        for (GroupPlan u : above) {
            if (u.holders == null || !covers(u, g)) {
                continue;
            }
            int start = u.holders.length == 0 ? 0 : random.nextInt(u.holders.length);
            for (int k = 0; k < u.holders.length; k++) {
                int p = u.holders[(start + k) % u.holders.length];
                if (personLoad[p] >= Math.min(limit, 4) || taken.contains(p)) {
                    continue;
                }
                String code = orgMuni.get(personOrg[p]);
                if (code != null && (!g.scope.contains(code) || code.equals(avoidMunicipality))) {
                    continue;
                }
                return p;
            }
        }
        return -1;
    }

    private boolean covers(GroupPlan upper, GroupPlan lower) {
        return switch (upper.tier.scope()) {
            case REGION -> true;
            case AREA -> upper.area != null && (upper.area.equals(lower.area)
                    || lower.municipalities.stream().anyMatch(c -> upper.area.equals(muniArea.get(c))));
            case MUNICIPALITIES -> upper.scope.stream().anyMatch(lower.scope::contains);
        };
    }

    private boolean chance() {
        return random.nextDouble() < config.defectRate();
    }

    private void count(Defect d) {
        defects.merge(d.name(), 1, Integer::sum);
    }

    // ------------------------------------------------------------------------------------------------ writing

    private JsonGenerator open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator gen;
        if (config.format().equals("yaml")) {
            YAMLFactory f = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build();
            gen = f.createGenerator(out, JsonEncoding.UTF8);
        } else {
            gen = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            // one member per line, each record on one line: small files, useful line numbers
            gen.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
                    .withObjectIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter())
                    .withoutSpacesInObjectEntries());
        }
        return gen;
    }

    private void writeNetwork(Path file) throws IOException {
        try (JsonGenerator g = open(file)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeStringField("model", modelRef);
            g.writeObjectFieldStart("region");
            g.writeStringField("id", model.id());
            g.writeStringField("name", model.name());
            g.writeEndObject();
            g.writeArrayFieldStart("areas");
            for (String area : areaMunis.keySet()) {
                g.writeStartObject();
                g.writeStringField("id", area);
                g.writeStringField("name", areaName.get(area));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("municipalities");
            for (String code : codes) {
                g.writeStartObject();
                g.writeStringField("code", code);
                g.writeStringField("name", muniName.get(code));
                if (muniArea.get(code) != null) {
                    g.writeStringField("area", muniArea.get(code));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("organisations");
            for (int o = 0; o < orgId.size(); o++) {
                g.writeStartObject();
                g.writeStringField("id", orgId.get(o));
                g.writeStringField("type", orgType.get(o).name());
                g.writeStringField("name", orgName.get(o));
                if (orgMuni.get(o) != null) {
                    g.writeStringField("municipality", orgMuni.get(o));
                }
                if (orgWorksIn.get(o) != null) {
                    g.writeArrayFieldStart("municipalities");
                    for (String c : orgWorksIn.get(o)) {
                        g.writeString(c);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeGroups(Path dir, List<GroupPlan> plan) throws IOException {
        for (GroupPlan g : plan) {
            plannedByTier.computeIfAbsent(g.tier.tier(), k -> new ArrayList<>()).add(g);
        }
        Map<Tier, List<GroupPlan>> written = new LinkedHashMap<>();
        int file = 0;
        int inFile = 0;
        JsonGenerator gen = null;
        try {
            for (GroupPlan g : plan) {
                if (gen == null || inFile >= MEMBERSHIPS_PER_FILE) {
                    if (gen != null) {
                        gen.writeEndArray();
                        gen.writeEndObject();
                        gen.close();
                    }
                    gen = open(dir.resolve(String.format(Locale.ROOT, "groups-%04d.%s", ++file, config.format())));
                    gen.writeStartObject();
                    gen.writeArrayFieldStart("groups");
                    inFile = 0;
                }
                List<Seat> seats = compose(g, written);
                written.computeIfAbsent(g.tier.tier(), k -> new ArrayList<>()).add(g);
                writeGroup(gen, g, seats);
                inFile += seats.size();
                memberships += seats.size();
                groupCount++;
                // lower tiers only need the holders of the groups directly above them
                if (g.tier.tier() != Tier.PROVINCIAL && g.tier.scope() == Scope.MUNICIPALITIES) {
                    g.holders = null;
                }
            }
        } finally {
            if (gen != null) {
                gen.writeEndArray();
                gen.writeEndObject();
                gen.close();
            }
        }
    }

    private void writeGroup(JsonGenerator gen, GroupPlan g, List<Seat> seats) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", g.id);
        gen.writeStringField("name", g.name);
        gen.writeStringField("tier", g.tier.tier().name());
        if (g.tier.scope() == Scope.AREA && g.area != null) {
            gen.writeStringField("area", g.area);
        }
        if (g.tier.scope() == Scope.MUNICIPALITIES) {
            gen.writeArrayFieldStart("municipalities");
            for (String c : g.municipalities) {
                gen.writeString(c);
            }
            gen.writeEndArray();
        }
        gen.writeArrayFieldStart("members");
        for (Seat s : seats) {
            gen.writeStartObject();
            gen.writeStringField("person", pid(s.person()));
            if (s.writeRepresents()) {
                gen.writeStringField("represents", orgId.get(s.org()));
            }
            if (s.role() != Role.MEMBER) {
                gen.writeStringField("role", s.role().name());
            }
            if (s.deputy() >= 0) {
                gen.writeStringField("deputy", pid(s.deputy()));
            }
            gen.writeStringField("from", s.from().toString());
            if (s.until() != null) {
                gen.writeStringField("until", s.until().toString());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private void writeMeetingPlaces(Path dir) throws IOException {
        if (model.meetingPlaces() == null) {
            return;
        }
        try (JsonGenerator g = open(dir.resolve("meeting-places." + config.format()))) {
            g.writeStartObject();
            g.writeArrayFieldStart("meetingPlaces");
            for (String code : codes) {
                for (int i = 1; i <= model.meetingPlaces().perMunicipality(); i++) {
                    int org = muniOrg.get(code);
                    IntList staff = everyone.get(org);
                    int coordinator = staff != null && staff.size() > 0 ? staff.get(random.nextInt(staff.size()))
                            : newPerson(org, 0, (byte) 0);
                    g.writeStartObject();
                    g.writeStringField("id", "kohtaamispaikka-" + code + (i > 1 ? "-" + i : ""));
                    g.writeStringField("name", "Perhekahvila " + muniName.get(code) + (i > 1 ? " " + i : ""));
                    g.writeStringField("municipality", code);
                    g.writeStringField("coordinator", pid(coordinator));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static final String[] FIRST = {"Aino", "Eino", "Helmi", "Väinö", "Sofia", "Onni", "Aada", "Leevi", "Emma",
        "Elias", "Olivia", "Oliver", "Lilja", "Eetu", "Ella", "Veeti", "Venla", "Niilo", "Isla", "Toivo", "Kerttu",
        "Aatos", "Hilla", "Lenni", "Minea", "Juho", "Pihla", "Matias", "Saara", "Joel", "Anni", "Ilmari", "Iida",
        "Kasperi", "Nelli", "Otto", "Siiri", "Vilho", "Aurora", "Ukko"};
    private static final String[] LAST = {"Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
        "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
        "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
        "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Esimerkki", "Kallio", "Leinonen",
        "Miettinen", "Pitkänen", "Aaltonen", "Manninen", "Hiltunen", "Seppälä", "Kettunen"};

    private static String pid(int p) {
        return "p" + p;
    }

    private void writePeople(Path file) throws IOException {
        try (JsonGenerator g = open(file)) {
            g.writeStartObject();
            g.writeArrayFieldStart("people");
            for (int p = 0; p < people; p++) {
                int org = personOrg[p];
                g.writeStartObject();
                g.writeStringField("id", pid(p));
                g.writeStringField("name", FIRST[(p * 7 + p / 40) % FIRST.length] + " "
                        + LAST[(p * 13 + p / 1600) % LAST.length]);
                g.writeStringField("title", title(p, org));
                g.writeStringField("organisation", orgId.get(org));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private String title(int p, int org) {
        byte t = personTitle[p];
        if (t == CHAIR_TITLE) {
            String chairTitle = TierDemands.of(model).stream().map(TierDemands::chairTitle).filter(java.util.Objects::nonNull)
                    .findFirst().orElse("palvelupäällikkö");
            return chairTitle;
        }
        if (t == COORDINATOR_TITLE) {
            return "perhekeskuskoordinaattori";
        }
        String[] titles = TITLES[orgType.get(org).ordinal()];
        return titles[Math.floorMod(t, titles.length)];
    }

    private void writeManifest(Path file, Result r) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("generator", NetworkGenerator.class.getName());
            g.writeStringField("model", config.model());
            g.writeStringField("modelRef", modelRef);
            g.writeNumberField("seed", config.seed());
            g.writeNumberField("requestedMemberships", config.memberships());
            g.writeNumberField("defectRate", config.defectRate());
            g.writeStringField("checkDate", config.checkDate().toString());
            g.writeStringField("format", config.format());
            g.writeNumberField("memberships", r.memberships());
            g.writeNumberField("groups", r.groups());
            g.writeNumberField("people", r.people());
            g.writeNumberField("organisations", r.organisations());
            g.writeNumberField("municipalities", r.municipalities());
            g.writeNumberField("areas", r.areas());
            g.writeObjectFieldStart("defects");
            for (Map.Entry<String, Integer> e : r.defects().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("notes");
            for (String n : r.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A growable list of ints without boxing. */
    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        int get(int i) {
            return items[i];
        }

        int size() {
            return size;
        }

        /** Removes by swapping in the last item: order is not kept. */
        void removeAt(int i) {
            items[i] = items[--size];
        }
    }
}
