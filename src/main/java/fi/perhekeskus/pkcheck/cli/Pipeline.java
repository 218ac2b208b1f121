package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.Invitation;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.engine.RuleInfo;
import fi.perhekeskus.pkcheck.engine.Settlement;
import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.MeetingFact;
import fi.perhekeskus.pkcheck.facts.MunicipalityFact;
import fi.perhekeskus.pkcheck.load.BaselineLoader;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.InputLimits;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.load.WaiverLoader;
import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.IdsByName;
import fi.perhekeskus.pkcheck.model.Meeting;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.ModelTier;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.LazyMap;
import fi.perhekeskus.pkcheck.report.MeetingInfo;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.RuleDescriptor;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole check, load → facts → rules → report, for one set of paths. */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private Pipeline() {
    }

    /**
     * What a check produced: the report, every person's name by id (the id where none is given), the
     * rules that ran, one per id, and the name of each person's organisation by person id (for the meeting
     * check's suggestions, which name whom to call).
     */
    public record Result(Report report, Map<String, String> names, List<RuleDescriptor> rules,
                         Map<String, String> organisations) {

        /** A result without people's organisations. */
        public Result(Report report, Map<String, String> names, List<RuleDescriptor> rules) {
            this(report, names, rules, Map.of());
        }
    }

    /**
     * What a check reads: the dataset's paths, the --model value (null: the dataset's own), extra rule
     * directories, optionally a waiver file and a baseline report, and the limits on each file read.
     */
    public record Inputs(List<Path> paths, String model, List<Path> ruleDirs, Path waivers, Path baseline,
                         InputLimits limits, int findingsPerRule, long maxFirings) {

        public Inputs {
            paths = List.copyOf(paths);
            ruleDirs = List.copyOf(ruleDirs);
            limits = limits == null ? InputLimits.DEFAULT : limits;
        }

        /**
         * Inputs with the default cap on findings per rule ({@link Settlement#DEFAULT_CAP}) and firing limit
         * ({@link Checker#DEFAULT_MAX_FIRINGS}).
         */
        public Inputs(List<Path> paths, String model, List<Path> ruleDirs, Path waivers, Path baseline,
                      InputLimits limits) {
            this(paths, model, ruleDirs, waivers, baseline, limits, Settlement.DEFAULT_CAP, Checker.DEFAULT_MAX_FIRINGS);
        }

        /** Inputs read within the default limits. */
        public Inputs(List<Path> paths, String model, List<Path> ruleDirs, Path waivers, Path baseline) {
            this(paths, model, ruleDirs, waivers, baseline, InputLimits.DEFAULT);
        }

        public static Inputs of(List<Path> paths, String model, List<Path> ruleDirs) {
            return new Inputs(paths, model, ruleDirs, null, null);
        }

        /** The file system the paths are on: the default one, or an upload's in memory. */
        java.nio.file.FileSystem fileSystem() {
            return paths.isEmpty() ? java.nio.file.FileSystems.getDefault() : paths.get(0).getFileSystem();
        }
    }

    /** Checks {@code paths} as one dataset; see {@link #run(Inputs, LocalDate, Predicate)}. */
    public static Result run(List<Path> paths, String modelOption, List<Path> ruleDirs, LocalDate date,
                             Predicate<String> ruleFilter) {
        return run(Inputs.of(paths, modelOption, ruleDirs), date, ruleFilter);
    }

    /**
     * Checks the inputs' paths as one dataset on {@code date}.
     *
     * @param ruleFilter which rule ids may fire
     * @throws InputException when the input cannot be used at all
     */
    public static Result run(Inputs in, LocalDate date, Predicate<String> ruleFilter) {
        return runRules(in, date, info -> ruleFilter.test(info.id()));
    }

    /** {@code pkcheck check}: the rules of every phase but the meeting's, as their metadata declares. */
    public static Result check(Inputs in, LocalDate date) {
        return runRules(in, date, RuleInfo::inCheck);
    }

    /** {@code pkcheck validate}: the rules of the data phase. */
    public static Result validate(Inputs in, LocalDate date) {
        return runRules(in, date, RuleInfo::inValidate);
    }

    /** Checks the inputs' paths on {@code date} with the rules whose metadata {@code ruleFilter} accepts. */
    public static Result runRules(Inputs in, LocalDate date, Predicate<RuleInfo> ruleFilter) {
        long start = System.nanoTime();
        preload(in, false);
        Dataset data = new DatasetLoader(in.limits()).load(in.paths());
        LOG.info("loaded {} path(s) in {} ms", in.paths().size(), (System.nanoTime() - start) / 1_000_000);
        RuleBase rules = RuleBase.build(in.ruleDirs());
        LOG.info("rules ready after {} ms", (System.nanoTime() - start) / 1_000_000);
        GovernanceModel model = model(data, in.model(), in.fileSystem(), rules.requirements());
        List<Waiver> waivers = waivers(in);
        Progress.phase("checking");
        Facts facts = FactBuilder.build(data, model, date);
        LOG.info("facts built after {} ms", (System.nanoTime() - start) / 1_000_000);
        List<Finding> fired = new Checker(rules).run(facts, ruleFilter, in.maxFirings()).findings();
        Settlement.Settled settled = new Settlement(model, waivers, in.findingsPerRule()).settle(fired, date);
        LOG.info("checked in {} ms: {} findings", (System.nanoTime() - start) / 1_000_000, settled.findings().size());
        Result result = new Result(complete(report(data, model, facts, date, settled.findings()), settled,
                in.baseline()), lazyNames(data), descriptors(rules, ruleFilter));
        LOG.info("report assembled after {} ms", (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** Loads the built-in rules, and builds the run's rule base, while the data is read. */
    private static void preload(Inputs in, boolean meeting) {
        if (in.ruleDirs().isEmpty()) {
            RuleBase.preload(Checker.kinds(meeting, in.waivers() != null));
        }
    }

    /** The pre-meeting check; see {@link #meeting(Inputs, MeetingRequest, LocalDate)}. */
    public static Result meeting(List<Path> paths, String modelOption, List<Path> ruleDirs, MeetingRequest request,
                                 LocalDate today) {
        return meeting(Inputs.of(paths, modelOption, ruleDirs), request, today);
    }

    /**
     * The pre-meeting check: the meeting's group's own findings, the MEET findings about the meeting, and
     * suggestions whom to invite. Terms are judged on the meeting's date.
     *
     * @param today the date of a meeting given on the command line without --date
     * @throws InputException when the meeting, its group or its date cannot be found
     */
    public static Result meeting(Inputs in, MeetingRequest request, LocalDate today) {
        preload(in, true);
        Dataset data = new DatasetLoader(in.limits()).load(in.paths());
        RuleBase rules = RuleBase.build(in.ruleDirs());
        GovernanceModel model = model(data, in.model(), in.fileSystem(), rules.requirements());
        MeetingFact meeting = meetingFact(data, request, today);
        List<Waiver> waivers = waivers(in);
        Progress.phase("checking");
        Facts facts = FactBuilder.build(data, model, meeting.date()).with(List.of(meeting));
        // Settled over the whole network (a waiver of another group's finding matches it), then narrowed to
        // what the meeting is about.
        Checker.Run run = new Checker(rules).run(facts, info -> true, in.maxFirings());
        Settlement.Settled all = new Settlement(model, waivers, in.findingsPerRule())
                .settle(run.findings(), meeting.date());
        Set<String> meetingRules = rules.rules().stream().filter(r -> RuleInfo.MEETING.equals(r.phase()))
                .map(RuleInfo::id).collect(Collectors.toSet());
        Settlement.Settled settled = all.narrowed(f -> meetingRules.contains(f.rule())
                || meeting.group().equals(f.group()));
        List<Finding> findings = settled.findings();
        Report report = report(data, model, facts, meeting.date(), findings);
        report = report.withMeeting(new MeetingInfo(meeting.id(), meeting.group(), meeting.date(),
                        meeting.attendees().stream().map(PersonRef::new).toList()),
                // A waived gap is one the network has accepted: nobody needs a call to close it.
                Invitation.suggestions(findings.stream().filter(f -> !settled.waived().containsKey(f)).toList(),
                        run.invitations()));
        return new Result(complete(report, settled, in.baseline()), lazyNames(data), descriptors(rules, info -> true),
                organisations(data));
    }

    /** One descriptor per rule id that {@code filter} lets run, in catalogue order. */
    private static List<RuleDescriptor> descriptors(RuleBase rules, Predicate<RuleInfo> filter) {
        Map<String, RuleDescriptor> byId = new java.util.LinkedHashMap<>();
        rules.rules().stream().filter(filter)
                .forEach(r -> byId.putIfAbsent(r.id(), new RuleDescriptor(r.id(), r.severity())));
        return List.copyOf(byId.values());
    }

    private static List<Waiver> waivers(Inputs in) {
        return in.waivers() == null ? List.of() : new WaiverLoader().load(in.waivers());
    }

    /** The report of settled findings with their waivers and, given a baseline file, compared with it. */
    private static Report complete(Report report, Settlement.Settled settled, Path baselineFile) {
        if (baselineFile == null) {
            return Settlement.complete(report, settled.waived(), null, List.of());
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        Baseline baseline = new BaselineLoader().load(baselineFile, entries);
        return Settlement.complete(report, settled.waived(), baseline, entries);
    }

    private static MeetingFact meetingFact(Dataset data, MeetingRequest request, LocalDate today) {
        Map<String, Group> groups = new HashMap<>();
        data.groups().forEach(g -> groups.put(g.id(), g));
        if (request.meetingId() != null) {
            Meeting meeting = data.meetings().stream().filter(m -> request.meetingId().equals(m.id())).findFirst()
                    .orElseThrow(() -> data.meetings().isEmpty()
                            ? InputException.of("error.unknownMeetingNone", request.meetingId())
                            : InputException.of("error.unknownMeeting", request.meetingId(),
                            data.meetings().stream().map(Meeting::id).sorted().collect(Collectors.joining(", "))));
            if (meeting.date() == null) {
                throw InputException.keyed(meeting.location(), "error.meetingNoDate", meeting.id());
            }
            if (meeting.group() == null || !groups.containsKey(meeting.group())) {
                throw InputException.keyed(meeting.location(), "error.meetingUnknownGroup", meeting.id(),
                        String.valueOf(meeting.group()));
            }
            return new MeetingFact(meeting.id(), meeting.group(), meeting.date(), meeting.attendees(),
                    meeting.location(), idsOfNames(data, meeting.attendees()));
        }
        if (!groups.containsKey(request.groupId())) {
            throw InputException.of("error.unknownGroup", request.groupId());
        }
        LocalDate date = request.date() != null ? request.date() : today;
        return new MeetingFact(MeetingInfo.adHocId(request.groupId(), date), request.groupId(), date,
                request.attendees(), null, idsOfNames(data, request.attendees()));
    }

    /** For each of {@code attendees} that is no person's id but one person's name, that person's id. */
    private static Map<String, String> idsOfNames(Dataset data, List<String> attendees) {
        Set<String> ids = new HashSet<>();
        data.people().forEach(p -> ids.add(p.id()));
        // Names are indexed only when an attendee is no one's id: a meeting given by ids needs none.
        IdsByName names = null;
        Map<String, String> named = new HashMap<>();
        for (String attendee : attendees) {
            if (ids.contains(attendee)) {
                continue;
            }
            if (names == null) {
                names = IdsByName.of(data.people(), Person::name, Person::id);
            }
            String id = names.idOf(attendee);
            if (id != null) {
                named.put(attendee, id);
            }
        }
        return named;
    }

    /**
     * The report of {@code findings}. Its table of groups is worked out only when a format reads it (text,
     * Markdown, HTML, the history): a JSON report of a national check has no use for the 73k groups' descriptions.
     */
    private static Report report(Dataset data, GovernanceModel model, Facts facts, LocalDate date,
                                 List<Finding> findings) {
        List<MunicipalityFact> municipalities = new ArrayList<>();
        List<Area> areaFacts = new ArrayList<>();
        for (Object fact : facts.all()) {
            if (fact instanceof MunicipalityFact m) {
                municipalities.add(m);
            } else if (fact instanceof Area a) {
                areaFacts.add(a);
            }
        }
        List<Report.AreaInfo> areas = areaFacts.stream()
                .map(a -> new Report.AreaInfo(a.id(), a.name() == null ? a.id() : a.name(), municipalities.stream()
                        .filter(m -> a.id().equals(m.area())).map(MunicipalityFact::label).toList()))
                .toList();
        return new Report(model.id(), model.name(), facts.context().regionId(), facts.context().regionName(),
                date, data.sources(), findings, new LazyMap<>(() -> GroupTable.of(facts)),
                model.tiers().stream().map(ModelTier::tier).map(Enum::name).toList(), areas)
                .withNotRead(data.notRead());
    }

    /**
     * Every person's name by id, worked out when first read: only --names, --pseudonymise, a meeting's
     * suggestions, the history and the web pages read it, and at national scale it is a map of 631k people.
     */
    private static Map<String, String> lazyNames(Dataset data) {
        return new LazyMap<>(() -> names(data));
    }

    private static Map<String, String> names(Dataset data) {
        // Sized for every person at once: at national scale it holds over half a million, and growing it step by
        // step rehashes them all each time.
        Map<String, String> names = new HashMap<>(data.people().size() * 4 / 3 + 16);
        for (Person p : data.people()) {
            names.put(p.id(), p.name() == null ? p.id() : p.name());
        }
        // People referred to but not defined are people too: --pseudonymise must replace their ids as well.
        for (Group g : data.groups()) {
            for (var m : g.members()) {
                referenced(names, m.person());
                referenced(names, m.deputy());
            }
        }
        data.meetings().forEach(m -> m.attendees().forEach(id -> referenced(names, id)));
        data.meetingPlaces().forEach(p -> referenced(names, p.coordinator()));
        return names;
    }

    private static void referenced(Map<String, String> names, String id) {
        if (id != null) {
            names.putIfAbsent(id, id);
        }
    }

    /** The name of each person's organisation (its id where it has no name), by person id. */
    private static Map<String, String> organisations(Dataset data) {
        Map<String, String> byId = new HashMap<>();
        data.organisations().forEach(o -> byId.put(o.id(), o.name() == null ? o.id() : o.name()));
        Map<String, String> organisations = new HashMap<>();
        for (Person p : data.people()) {
            if (p.organisation() != null) {
                organisations.put(p.id(), byId.getOrDefault(p.organisation(), p.organisation()));
            }
        }
        return organisations;
    }

    /** A model loader that knows the requirements of the built-in rules. */
    public static ModelLoader modelLoader() {
        return new ModelLoader(RuleBase.build(List.of()).requirements());
    }

    /** {@link #model(Dataset, String, java.nio.file.FileSystem)} with the built-in rules' requirements. */
    static GovernanceModel model(Dataset data, String modelOption) {
        return model(data, modelOption, modelLoader());
    }

    /** The --model option wins; otherwise the dataset's {@code model:}, a path relative to its file. */
    private static GovernanceModel model(Dataset data, String modelOption, ModelLoader loader) {
        if (modelOption != null) {
            return loader.resolve(modelOption, null, null);
        }
        if (data.modelRef() == null) {
            throw InputException.keyed(String.join(", ", data.sources()), "error.noModel");
        }
        Path file = Path.of(data.modelRefLocation().file());
        return loader.resolve(data.modelRef(), file.getParent(), data.modelRefLocation());
    }

    /**
     * {@link #model(Dataset, String)} for data read from {@code fileSystem} (an upload held in memory by
     * {@code pkcheck serve}): a model file, given or named by the data, is looked up in that file system, never
     * on the server's disk.
     */
    public static GovernanceModel model(Dataset data, String modelOption, java.nio.file.FileSystem fileSystem) {
        return model(data, modelOption, fileSystem, RuleBase.build(List.of()).requirements());
    }

    /** {@link #model(Dataset, String, java.nio.file.FileSystem)} checked against the {@code requirements} of a run's rules. */
    static GovernanceModel model(Dataset data, String modelOption, java.nio.file.FileSystem fileSystem,
                                 fi.perhekeskus.pkcheck.model.RequirementCatalogue requirements) {
        ModelLoader loader = new ModelLoader(requirements);
        if (fileSystem.equals(java.nio.file.FileSystems.getDefault()) || (modelOption == null && data.modelRef() == null)) {
            return model(data, modelOption, loader);
        }
        if (modelOption != null) {
            return loader.resolve(modelOption, fileSystem.getPath("").toAbsolutePath(), null);
        }
        Path file = fileSystem.getPath(data.modelRefLocation().file()).toAbsolutePath();
        return loader.resolve(data.modelRef(), file.getParent(), data.modelRefLocation());
    }
}
