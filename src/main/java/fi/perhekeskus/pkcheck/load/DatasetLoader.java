package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.IdsByName;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Meeting;
import fi.perhekeskus.pkcheck.model.MeetingPlace;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.Municipality;
import fi.perhekeskus.pkcheck.model.NotRead;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Region;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Word;
import fi.perhekeskus.pkcheck.model.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads a dataset (data-format.md): one or more files or directories, read in sorted path order and
 * concatenated. Parse failures throw {@link InputException}; every other problem becomes a DATA-001 or
 * DATA-003 {@link DataProblem} and the usable rest is kept. References are checked later, by the linker.
 */
public final class DatasetLoader {

    /** The data format version this loader reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> MEMBERSHIP = Set.of("person", "represents", "role", "deputy", "from", "until");

    /**
     * The fields each kind of record may have, by kind: {@code top} (the top level of a file), {@code region},
     * {@code area}, {@code municipality}, {@code organisation}, {@code person}, {@code group}, {@code membership}
     * (an entry of a group's members), {@code member} (an entry of the top-level members list, which names its
     * group), {@code meetingPlace} and {@code meeting}. The JSON Schema is tested against these sets.
     */
    public static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("top", Set.of("schemaVersion", "model", "region", "areas", "municipalities",
                    "organisations", "people", "groups", "members", "meetingPlaces", "meetings")),
            Map.entry("region", Set.of("id", "name")),
            Map.entry("area", Set.of("id", "name")),
            Map.entry("municipality", Set.of("code", "name", "area")),
            Map.entry("organisation", Set.of("id", "type", "name", "municipality", "municipalities")),
            Map.entry("person", Set.of("id", "name", "title", "organisation")),
            Map.entry("group", Set.of("id", "name", "tier", "area", "municipalities", "members")),
            Map.entry("membership", MEMBERSHIP),
            Map.entry("member", union(MEMBERSHIP, Set.of("group"))),
            Map.entry("meetingPlace", Set.of("id", "name", "municipality", "coordinator")),
            Map.entry("meeting", Set.of("id", "group", "date", "attendees")));

    private static final Set<String> TOP = FIELDS.get("top");

    /** From this many bytes of data files on, the next file is parsed while the current one is turned into records. */
    static final long READ_AHEAD_BYTES = 4L << 20;

    private final DataFileReader reader;
    private final long readAheadBytes;

    /** A loader with the default {@link InputLimits}. */
    public DatasetLoader() {
        this(InputLimits.DEFAULT);
    }

    public DatasetLoader(InputLimits limits) {
        this(limits, READ_AHEAD_BYTES);
    }

    /** A loader that reads ahead from {@code readAheadBytes} of data files on (tests use 0: always). */
    DatasetLoader(InputLimits limits, long readAheadBytes) {
        this.reader = new DataFileReader(limits);
        this.readAheadBytes = readAheadBytes;
    }

    /**
     * Loads every path given, as one dataset.
     *
     * @throws InputException when a path is missing, a file cannot be parsed, or no file names the schema version
     */
    public Dataset load(List<Path> paths) {
        Builder builder = new Builder();
        List<String> sources = paths.stream().map(DatasetLoader::display).toList();
        // Records straight from the parser: each item of a YAML or JSON file's top-level lists becomes a record
        // as soon as it is parsed, and no file's tree is held whole (a tree takes several times the memory of its
        // records). A file that cannot be read still wins over a record that cannot be used, as when every file
        // was read first: such an error waits for the reads.
        InputException[] unusable = new InputException[1];
        List<RecordPipe.Read> reads = new ArrayList<>();
        SharedTexts texts = new SharedTexts();
        long bytes = reads(paths, reads, texts);
        texts.expectBytes(bytes);
        RecordPipe.run(reads, STREAMED, reads.size() > 0 && bytes >= readAheadBytes, new RecordPipe.Consumer() {
            @Override
            public void record(String key, Node item) {
                if (unusable[0] == null) {
                    try {
                        builder.record(key, item);
                    } catch (InputException e) {
                        unusable[0] = e;
                    }
                }
            }

            @Override
            public void file(DataFileReader.Source source) {
                if (unusable[0] == null) {
                    try {
                        builder.problems.addAll(source.problems());
                        builder.notRead.addAll(source.notRead());
                        builder.file(source.root(), source.name());
                    } catch (InputException e) {
                        unusable[0] = e;
                    }
                }
            }
        });
        if (unusable[0] != null) {
            throw unusable[0];
        }
        if (!builder.versionSeen) {
            throw InputException.keyed(String.join(", ", sources), "error.noSchemaVersion", String.valueOf(SCHEMA_VERSION));
        }
        return builder.build(sources);
    }

    /** The top-level lists whose items are read as records one at a time, and the kind of record each holds. */
    private static final Map<String, String> LISTS = Map.of("areas", "area", "municipalities", "municipality",
            "organisations", "organisation", "people", "person", "groups", "group", "meetingPlaces", "meetingPlace",
            "meetings", "meeting", "members", "membership");

    private static final TreeReader.RecordSink STREAMED = new TreeReader.RecordSink() {
        @Override
        public boolean streams(String key) {
            return LISTS.containsKey(key);
        }

        @Override
        public void record(String key, Node item) {
            throw new UnsupportedOperationException("only says which lists stream");
        }
    };

    /**
     * Adds the read of every data file of the paths, in order, to {@code reads}; a path that is missing or holds
     * no data file ends them with its error. Returns the data files' bytes: from {@link #READ_AHEAD_BYTES} on the
     * files are parsed on a second thread while the records are made; below, the second core is left to the
     * rules, which load meanwhile. Either way the files are read in the same order and give the same records and
     * errors.
     */
    private long reads(List<Path> paths, List<RecordPipe.Read> reads, SharedTexts texts) {
        long bytes = 0;
        for (Path path : paths) {
            List<Path> files;
            try {
                files = files(path);
            } catch (InputException e) {
                reads.add(sink -> {
                    throw e;
                });
                break;
            }
            for (Path file : files) {
                String name = name(path, file);
                reads.add(sink -> reader.read(file, name, sink, texts));
                bytes += sizeOf(file);
            }
        }
        return bytes;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // its read reports why
        }
    }

    /**
     * Reads every data file of the paths, in the order they are loaded, as trees; {@code convert} writes them
     * out again.
     *
     * @throws InputException when a path is missing or a file cannot be read at all
     */
    public List<DataFileReader.Source> read(List<Path> paths) {
        List<DataFileReader.Source> sources = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                sources.add(reader.read(file, name(path, file)));
            }
        }
        return sources;
    }

    /** How a file found under {@code path} is named in locations. */
    private static String name(Path path, Path file) {
        return file.equals(path) ? display(path) : display(path) + "/" + slashes(path.relativize(file));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The data files of a path: the file itself, or a directory's *.yaml, *.yml and *.json files in path order. */
    static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw InputException.keyed(display(path), Files.exists(path) ? "error.notFileOrDir" : "error.noSuchPath");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(DatasetLoader::isDataFile)
                    .sorted((a, b) -> slashes(path.relativize(a)).compareTo(slashes(path.relativize(b))))
                    .toList();
            if (files.isEmpty()) {
                throw InputException.keyed(display(path), "error.emptyDirectory");
            }
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw InputException.keyed(display(path), "error.cannotReadDirectory", InputException.reasonTerm(e));
        }
    }

    static boolean isDataFile(Path file) {
        return DataFileReader.isDataFile(file);
    }

    /** Whether a file found in a directory is read as data (what the launcher sizes the heap from). */
    public static boolean isData(Path file) {
        return DataFileReader.isDataFile(file);
    }

    /** How a path is named in reports: as the user wrote it, with forward slashes. */
    public static String display(Path path) {
        return slashes(path.normalize());
    }

    private static String slashes(Path path) {
        String text = path.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    /** Collects the records of all files, dropping repeated ids (DATA-001). */
    private static final class Builder {

        private final List<DataProblem> problems = new ArrayList<>();
        /** The columns and sheets of the spreadsheets read that were not read. */
        private final List<NotRead> notRead = new ArrayList<>();
        private final Map<String, Map<String, Location>> seen = new HashMap<>();
        private boolean versionSeen;
        private String modelRef;
        private Location modelRefLocation;
        private Region region;
        private final List<Area> areas = new ArrayList<>();
        private final List<Municipality> municipalities = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private final List<MeetingPlace> meetingPlaces = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Membership> looseMembers = new ArrayList<>();
        /**
         * One instance per distinct id and title: a person's id is written again in each of their
         * memberships, an organisation's in each record that names it.
         */
        private final Map<Object, Object> canonical = new HashMap<>();
        /** Term dates by their text, one instance each: a million memberships share a few thousand dates. */
        private final DateCache dates = new DateCache();

        /**
         * Set while a record straight from the parser is built: its texts are shared by the reader already
         * ({@link SharedTexts}), so looking them up again would only cost time.
         */
        private boolean textsShared;

        @SuppressWarnings("unchecked")
        private <T> T canon(T value) {
            return value == null || textsShared ? value : (T) canonical.computeIfAbsent(value, v -> v);
        }

        /** One item of a top-level list, handed over by the parser as soon as it is read. */
        void record(String key, Node item) {
            textsShared = true;
            try {
                recordOf(key, item);
            } finally {
                textsShared = false;
            }
        }

        private void recordOf(String key, Node item) {
            String kind = LISTS.get(key);
            if (!item.isObject()) {
                problems.add(Fields.problem("DATA-003.notRecord", kind, item.location().toString(),
                        item.location(), Map.of(), key));
                return;
            }
            switch (key) {
                case "areas" -> area(item);
                case "municipalities" -> municipality(item);
                case "organisations" -> organisation(item);
                case "people" -> person(item);
                case "groups" -> group(item);
                case "meetingPlaces" -> meetingPlace(item);
                case "meetings" -> meeting(item);
                case "members" -> looseMember(item);
                default -> throw new IllegalArgumentException(key);
            }
        }

        void file(Node root, String name) {
            if (!root.isObject()) {
                throw InputException.keyed(root.location(), "error.notDataset");
            }
            Fields top = new Fields(root, "file", name, TOP, problems);
            version(root, name);
            String model = top.text("model", false);
            if (model != null) {
                if (modelRef == null) {
                    modelRef = model;
                    modelRefLocation = root.get("model").location();
                } else if (!modelRef.equals(model)) {
                    top.problem("DATA-003.conflict", root.get("model").location(), "model", model, modelRef);
                }
            }
            Node regionNode = root.get("region");
            if (regionNode != null && !regionNode.isNull()) {
                region(regionNode, top);
            }
            list(root, "areas", top, "area", this::area);
            list(root, "municipalities", top, "municipality", this::municipality);
            list(root, "organisations", top, "organisation", this::organisation);
            list(root, "people", top, "person", this::person);
            list(root, "groups", top, "group", this::group);
            list(root, "meetingPlaces", top, "meetingPlace", this::meetingPlace);
            list(root, "meetings", top, "meeting", this::meeting);
            list(root, "members", top, "membership", this::looseMember);
        }

        private void version(Node root, String name) {
            Node version = root.get("schemaVersion");
            if (version == null || version.isNull()) {
                return;
            }
            if (!version.isScalar()) {
                throw InputException.keyed(version.location(), "error.schemaVersionNotNumber",
                        String.valueOf(SCHEMA_VERSION));
            }
            if (!String.valueOf(SCHEMA_VERSION).equals(version.text())) {
                throw InputException.keyed(version.location(), "error.schemaVersionUnsupported", version.text(),
                        String.valueOf(SCHEMA_VERSION));
            }
            versionSeen = true;
        }

        private void region(Node node, Fields top) {
            if (!node.isObject()) {
                top.problem("DATA-003.wrongType.mapping", node.location(), "region");
                return;
            }
            String id = idOf(node, "id");
            Fields f = new Fields(node, "region", id, FIELDS.get("region"), problems);
            Region next = new Region(f.text("id", true), f.text("name", false), node.location());
            if (region == null) {
                region = next;
            } else if (next.id() != null && !next.id().equals(region.id())) {
                f.problem("DATA-003.conflict", node.location(), "region", next.id(), region.id());
            }
        }

        private void list(Node root, String key, Fields top, String kind, Function<Node, Object> reader) {
            Node list = root.get(key);
            if (list == null || list.isNull()) {
                return;
            }
            if (!list.isArray()) {
                top.problem("DATA-003.wrongType.list", list.location(), key);
                return;
            }
            for (Node item : list.items()) {
                if (!item.isObject()) {
                    problems.add(Fields.problem("DATA-003.notRecord", kind, item.location().toString(),
                            item.location(), Map.of(), key));
                    continue;
                }
                reader.apply(item);
            }
        }

        /** The record's id for subjects: its id field, or its position when it has none. */
        private static String idOf(Node node, String field) {
            Node id = node.get(field);
            return id != null && id.isScalar() ? id.text() : node.location().toString();
        }

        /** Whether this id is new for its kind; a repeat is DATA-001 on the second record. */
        private boolean firstOf(String kind, String id, Location at) {
            if (id == null) {
                return true;
            }
            Location first = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, at);
            if (first == null) {
                return true;
            }
            problems.add(Fields.problem("DATA-001", kind, id, at, Map.of("firstAt", first.toString()),
                    Word.kind(kind), id, first.toString()));
            return false;
        }

        private Object area(Node node) {
            String id = idOf(node, "id");
            Fields f = new Fields(node, "area", id, FIELDS.get("area"), problems);
            Area area = new Area(f.text("id", true), f.text("name", false), node.location());
            if (area.id() != null && firstOf("area", area.id(), node.location())) {
                areas.add(area);
            }
            return area;
        }

        private Object municipality(Node node) {
            String id = idOf(node, "code");
            Fields f = new Fields(node, "municipality", id, FIELDS.get("municipality"), problems);
            Municipality m = new Municipality(f.municipalityCode("code", true), f.text("name", false),
                    f.text("area", false), node.location());
            if (m.code() != null && firstOf("municipality", m.code(), node.location())) {
                municipalities.add(m);
            }
            return m;
        }

        private Object organisation(Node node) {
            String id = idOf(node, "id");
            Fields f = new Fields(node, "organisation", id, FIELDS.get("organisation"), problems);
            OrganisationType type = f.enumValue("type", OrganisationType.class, true);
            String municipality = f.municipalityCode("municipality", false);
            if (type == OrganisationType.MUNICIPALITY && !f.has("municipality")) {
                f.problem("DATA-003.municipalityMissing", node.location(), id);
            }
            Organisation o = new Organisation(canon(f.text("id", true)), type, f.text("name", false), municipality,
                    f.municipalityCodes("municipalities"), node.location());
            if (o.id() != null && firstOf("organisation", o.id(), node.location())) {
                organisations.add(o);
            }
            return o;
        }

        private Object person(Node node) {
            String id = idOf(node, "id");
            Fields f = new Fields(node, "person", id, FIELDS.get("person"), problems);
            Person p = new Person(canon(f.text("id", true)), f.text("name", false), canon(f.text("title", false)),
                    canon(f.text("organisation", false)), node.location());
            if (p.id() != null && firstOf("person", p.id(), node.location())) {
                people.add(p);
            }
            return p;
        }

        private Object group(Node node) {
            String id = idOf(node, "id");
            Fields f = new Fields(node, "group", id, FIELDS.get("group"), problems);
            String groupId = f.text("id", true);
            Tier tier = f.enumValue("tier", Tier.class, true);
            List<Membership> members = new ArrayList<>();
            Node list = node.get("members");
            if (list != null && !list.isNull()) {
                if (list.isArray()) {
                    for (Node item : list.items()) {
                        if (item.isObject()) {
                            // Overlapping entries of one person are settled by the facts, on the check date.
                            members.add(member(item, groupId == null ? id : groupId, FIELDS.get("membership")));
                        } else {
                            problems.add(Fields.problem("DATA-003.notRecord", "group", id, item.location(),
                                    Map.of(), "members"));
                        }
                    }
                } else {
                    f.problem("DATA-003.wrongType.list", list.location(), "members");
                }
            }
            Group g = new Group(groupId, f.text("name", false), tier, f.text("area", false),
                    f.municipalityCodes("municipalities"), f.has("municipalities"), members, node.location());
            if (g.id() != null && firstOf("group", g.id(), node.location())) {
                groups.add(g);
            }
            return g;
        }

        /** An entry of the top-level members list; it joins its group when all files are read. */
        private Object looseMember(Node node) {
            Node group = node.get("group");
            String groupId = group != null && group.isScalar() ? group.text() : null;
            Membership m = member(node, groupId, FIELDS.get("member"));
            if (groupId == null) {
                // A list that names each group only on its first row leaves the rows below without one.
                problems.add(Fields.problem("DATA-003.missingGroup", "membership", m.id(), node.location(), Map.of()));
            } else {
                looseMembers.add(m);
            }
            return m;
        }

        private Membership member(Node node, String group, Set<String> allowed) {
            String person = idOf(node, "person");
            Fields f = new Fields(node, "membership", group == null ? Membership.UNKNOWN : group, person, allowed,
                    problems);
            Role role = f.has("role") ? f.enumValue("role", Role.class, false) : Role.MEMBER;
            LocalDate from = f.date("from", false, dates);
            LocalDate until = f.date("until", false, dates);
            if (from != null && until != null && until.isBefore(from)) {
                f.problem("DATA-003.termOrder", node.get("until").location(), from, until);
            }
            return new Membership(group, canon(f.text("person", true)), canon(f.text("represents", false)), role,
                    canon(f.text("deputy", false)), from, until, node.location());
        }

        private Object meetingPlace(Node node) {
            String id = idOf(node, "id");
            Fields f = new Fields(node, "meetingPlace", id,
                    Set.of("id", "name", "municipality", "coordinator"), problems);
            MeetingPlace mp = new MeetingPlace(f.text("id", true), f.text("name", false),
                    f.municipalityCode("municipality", true), f.text("coordinator", false), node.location());
            if (mp.id() != null && firstOf("meetingPlace", mp.id(), node.location())) {
                meetingPlaces.add(mp);
            }
            return mp;
        }

        private Object meeting(Node node) {
            String id = idOf(node, "id");
            Fields f = new Fields(node, "meeting", id, Set.of("id", "group", "date", "attendees"), problems);
            Meeting m = new Meeting(f.text("id", true), f.text("group", true), f.date("date", true),
                    f.textList("attendees"), node.location());
            if (m.id() != null && firstOf("meeting", m.id(), node.location())) {
                meetings.add(m);
            }
            return m;
        }

        /**
         * Adds the entries of top-level members lists to their groups, after the groups' own entries; an entry
         * whose group does not exist is DATA-002 and is left out.
         */
        private void attachMembers() {
            if (looseMembers.isEmpty()) {
                return;
            }
            Map<String, List<Membership>> byGroup = new java.util.LinkedHashMap<>();
            Set<String> groupIds = new java.util.HashSet<>();
            groups.forEach(g -> groupIds.add(g.id()));
            IdsByName groupsByName = null;
            for (Membership m : looseMembers) {
                if (!groupIds.contains(m.group())) {
                    if (groupsByName == null) {
                        groupsByName = IdsByName.of(groups, Group::name, Group::id);
                    }
                    String named = groupsByName.idOf(m.group());
                    problems.add(named == null
                            ? Fields.problem("DATA-002", "membership", m.id(), m.location(),
                                    Map.of("kind", "group", "missing", m.group()), Word.kind("group"), m.group())
                            : Fields.problem("DATA-002.name", "membership", m.id(), m.location(),
                                    Map.of("kind", "group", "missing", m.group(), "idOfName", named),
                                    Word.kind("group"), m.group(), named));
                } else {
                    byGroup.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m);
                }
            }
            groups.replaceAll(g -> {
                List<Membership> extra = byGroup.get(g.id());
                if (extra == null) {
                    return g;
                }
                List<Membership> members = new ArrayList<>(g.members());
                members.addAll(extra);
                return new Group(g.id(), g.name(), g.tier(), g.area(), g.municipalities(), g.municipalitiesGiven(),
                        members, g.location());
            });
        }

        Dataset build(List<String> sources) {
            attachMembers();
            return new Dataset(sources, modelRef, modelRefLocation, region, areas, municipalities, organisations,
                    people, groups, meetingPlaces, meetings, problems, notRead);
        }
    }
}
