package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.io.ByteArrayResource;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * The compiled rules: the built-in DRL files shipped in the jar plus any a user adds with
 * {@code --rules DIR}. Building fails loudly: a compile error is an {@link InputException} naming the
 * file and line.
 */
public final class RuleBase {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleBase.class);

    /** The built-in rule files, one per rule family, as edited in {@code rules/}. */
    public static final List<String> BUILT_IN = List.of("data.drl", "structure.drl", "chairs.drl",
            "representation.drl", "size.drl", "roles.drl", "terms.drl", "network.drl", "meetings.drl");

    private static final String RESOURCE_DIR = "pkcheck/rules/";

    private final Collection<KiePackage> packages;
    private final List<RuleInfo> rules;
    private final fi.perhekeskus.pkcheck.model.RequirementCatalogue requirements;
    /** KieBases by the rules left out of them (the empty set: every rule), built on first use. */
    private final Map<Set<String>, KieBase> kieBases = new ConcurrentHashMap<>();

    private RuleBase(Collection<KiePackage> packages, List<RuleInfo> rules,
                     fi.perhekeskus.pkcheck.model.RequirementCatalogue requirements) {
        this.packages = List.copyOf(packages);
        this.rules = List.copyOf(rules);
        this.requirements = requirements;
    }

    /**
     * The built-in rules plus every {@code *.drl} file under each of {@code userDirs}. Without user rules
     * the built-ins are shared: a KieBase is immutable once built, and they are loaded once per process
     * from the packages compiled at build time ({@link RulePackager}), or compiled here when those are
     * missing, stale or unreadable.
     */
    public static RuleBase build(List<Path> userDirs) {
        return userDirs.isEmpty() ? BuiltIn.get() : compile(userDirs);
    }

    /**
     * Starts loading the built-in rules on a thread of their own, so that a run reads its data meanwhile
     * (the machines have two cores, and each step takes a few hundred milliseconds at start-up).
     * {@link #build} then waits for them; without this call it loads them itself.
     */
    public static void preload() {
        BuiltIn.start(null);
    }

    /** {@link #preload()}, and builds the rule base of a check with {@code kinds} of fact ahead too. */
    public static void preload(Set<Class<?>> kinds) {
        BuiltIn.start(Set.copyOf(kinds));
    }

    /** Loads (or compiles) the built-in rules once per process: on first use, or ahead of it. */
    private static final class BuiltIn {
        private static final java.util.concurrent.FutureTask<RuleBase> RULES =
                new java.util.concurrent.FutureTask<>(() -> packaged().orElseGet(() -> compile(List.of())));
        private static final java.util.concurrent.atomic.AtomicBoolean STARTED =
                new java.util.concurrent.atomic.AtomicBoolean();

        static void start(Set<Class<?>> kinds) {
            if (STARTED.compareAndSet(false, true)) {
                Thread loader = new Thread(() -> {
                    RULES.run();
                    if (kinds != null) {
                        try {
                            RULES.get().kieBaseFor(kinds);
                        } catch (InterruptedException | java.util.concurrent.ExecutionException
                                 | RuntimeException e) {
                            // the run builds it, or reports the failure, itself
                        }
                    }
                }, "pkcheck-rules");
                loader.setDaemon(true);
                loader.start();
            }
        }

        static RuleBase get() {
            if (STARTED.compareAndSet(false, true)) {
                RULES.run();
            }
            try {
                return RULES.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the rules", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The built-in DRL sources by path, as they ship in the jar. */
    static Map<String, byte[]> builtInSources() {
        Map<String, byte[]> sources = new java.util.LinkedHashMap<>();
        for (String name : BUILT_IN) {
            sources.put("rules/" + name, builtIn(name));
        }
        return sources;
    }

    /** The rules compiled at build time, if they are there and were compiled from these very sources. */
    static java.util.Optional<RuleBase> packaged() {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(RulePackager.RESOURCE)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            java.util.Optional<java.util.Collection<KiePackage>> packages =
                    RulePackager.read(in, RulePackager.fingerprint(builtInSources()));
            if (packages.isEmpty()) {
                LOG.debug("compiled rules are stale; compiling the DRL instead");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(of(packages.get()));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("cannot load the compiled rules; compiling the DRL instead", e);
            return java.util.Optional.empty();
        }
    }

    private static RuleBase compile(List<Path> userDirs) {
        Map<String, byte[]> sources = builtInSources();
        for (Path dir : userDirs) {
            for (Path file : drlFiles(dir)) {
                try {
                    sources.put(file.normalize().toString().replace('\\', '/'), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw InputException.keyed(file.toString(), "error.rule.unreadableFile");
                }
            }
        }
        return compile(sources);
    }

    static RuleBase compile(Map<String, byte[]> sources) {
        return of(builder(sources).getKnowledgePackages());
    }

    /** A knowledge builder holding the compiled sources; a compile error names file and line. */
    static KnowledgeBuilder builder(Map<String, byte[]> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (var source : sources.entrySet()) {
            ByteArrayResource resource = new ByteArrayResource(source.getValue(), "UTF-8");
            resource.setSourcePath(source.getKey());
            builder.add(resource, ResourceType.DRL);
            if (builder.hasErrors()) {
                throw compileError(source.getKey(), builder.getErrors().iterator().next(),
                        new String(source.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return builder;
    }

    /** A rule base over compiled packages, with every rule's metadata read and checked. */
    private static RuleBase of(Collection<KiePackage> packages) {
        List<RuleInfo> rules = new ArrayList<>();
        RequirementMetadata requirements = new RequirementMetadata();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                try {
                    RuleInfo info = RuleInfo.of(rule);
                    rules.add(info);
                    requirements.add(info.id(), rule);
                } catch (InputException e) {
                    throw InputException.keyed(sourceOf(rule), e.key(), e.args().toArray());
                } catch (IllegalArgumentException e) {
                    throw new InputException(sourceOf(rule) + ": " + e.getMessage());
                }
            }
        }
        rules.addAll(Settlement.RULES);
        rules.sort(RuleInfo.CATALOGUE_ORDER);
        return new RuleBase(packages, rules, requirements.catalogue());
    }

    /**
     * A KieBase of the given packages without the rules named in {@code without} ("package/rule"). A package
     * that holds only rules left out (the MEET rules of a check without a meeting) and declares nothing else
     * that another package could use (types, functions, windows) is not added at all: adding its rules to the
     * network only to remove them again cost ~25 ms of a regional check's start-up.
     */
    private static KieBase newKieBase(Collection<KiePackage> packages, Set<String> without) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        List<KiePackage> wanted = new ArrayList<>();
        for (KiePackage pkg : packages) {
            if (!onlyLeftOut(pkg, without)) {
                wanted.add(pkg);
            }
        }
        kieBase.addPackages(wanted);
        for (String rule : without) {
            int slash = rule.indexOf('/');
            String pkg = rule.substring(0, slash);
            if (kieBase.getKiePackage(pkg) != null) {
                kieBase.removeRule(pkg, rule.substring(slash + 1));
            }
        }
        return kieBase;
    }

    private static boolean onlyLeftOut(KiePackage pkg, Set<String> without) {
        InternalKnowledgePackage own = (InternalKnowledgePackage) pkg;
        return !pkg.getRules().isEmpty() && own.getTypeDeclarations().isEmpty() && own.getFunctions().isEmpty()
                && own.getWindowDeclarations().isEmpty()
                && pkg.getRules().stream().allMatch(rule -> without.contains(pkg.getName() + "/" + rule.getName()));
    }

    /**
     * The kinds of fact a check has only with an optional input (a meeting): without one, the rules that need it
     * are left out of the KieBase. Every other kind is taken as present, so a new kind of derived fact never makes
     * a rule vanish: no list of the kinds the fact builders produce is kept by hand.
     */
    public static final Set<Class<?>> OPTIONAL_KINDS = Set.of(fi.perhekeskus.pkcheck.facts.MeetingFact.class);

    /**
     * The rules that cannot match when only facts of {@code types} are inserted, as "package/rule": those with a
     * pattern at the top level of their condition (not under {@code not}, {@code exists}, {@code or},
     * {@code from} or {@code accumulate}) for one of the {@link #OPTIONAL_KINDS} that {@code types} lacks, such as
     * the MEET rules without a meeting.
     */
    Set<String> unmatchable(Set<Class<?>> types) {
        Set<String> absent = new HashSet<>();
        for (Class<?> kind : OPTIONAL_KINDS) {
            if (!types.contains(kind)) {
                absent.add(kind.getName());
            }
        }
        Set<String> result = new TreeSet<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && needsAbsentType(impl.getLhs(), absent)) {
                    result.add(pkg.getName() + "/" + rule.getName());
                }
            }
        }
        return result;
    }

    private static boolean needsAbsentType(GroupElement lhs, Set<String> absent) {
        if (lhs == null || !lhs.isAnd()) {
            return false;
        }
        for (RuleConditionElement element : lhs.getChildren()) {
            if (element instanceof Pattern pattern && pattern.getSource() == null
                    && pattern.getObjectType() instanceof ClassObjectType type && absent.contains(type.getClassName())) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code rule} was written (its file, else its package), for a message about it. */
    static String where(Rule rule) {
        return rule == null ? null : sourceOf(rule);
    }

    /** {@code "name" (ID)}: how a message names a rule, in every language. */
    static String name(Rule rule) {
        if (rule == null) {
            return "?";
        }
        Object id = rule.getMetaData().get("id");
        return "\"" + rule.getName() + "\"" + (id == null ? "" : " (" + id + ")");
    }

    /** The file a rule was written in, where Drools kept it. */
    private static String sourceOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return rule.getPackageName();
    }

    /**
     * Drools reports some constraint errors without a line but quotes the expression ("Near : {... x
     * ....}"): find the first line of the file that holds it.
     */
    static int lineOfSnippet(String message, String source) {
        if (message == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}")
                .matcher(message);
        if (!m.find() || m.group(1).isBlank()) {
            return 0;
        }
        String snippet = m.group(1).trim();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static InputException compileError(String file, KnowledgeBuilderError error, String source) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        if (line == 0 && source != null) {
            line = lineOfSnippet(error.getMessage(), source);
        }
        String where = error.getResource() != null && error.getResource().getSourcePath() != null
                ? error.getResource().getSourcePath() : file;
        String message = error.getMessage() == null ? "" : error.getMessage().replaceAll("\\s+", " ").trim();
        if (message.length() > 220) {
            message = message.substring(0, 220) + "…";
        }
        return InputException.keyed(where + ":" + line, "error.rule.compile", message);
    }

    private static byte[] builtIn(String name) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in rule file " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> drlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw InputException.keyed(dir.toString(), "error.rule.notDirectory");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw InputException.keyed(dir.toString(), "error.rule.unreadableDirectory");
        }
    }

    /** Every rule, in one KieBase. */
    public KieBase kieBase() {
        return kieBases.computeIfAbsent(Set.of(), without -> newKieBase(packages, without));
    }

    /**
     * The rules that can match facts of {@code types}: those that cannot are left out of the KieBase, so
     * that a check neither builds their memories nor matches them. Their findings could never be made, so
     * the findings are the same as with {@link #kieBase()}.
     */
    public KieBase kieBaseFor(Set<Class<?>> types) {
        return kieBases.computeIfAbsent(Set.copyOf(unmatchable(types)), without -> newKieBase(packages, without));
    }

    /**
     * Which kinds of fact the rules of {@code kieBase} can match: those of a type, or a subtype of a type, that
     * one of its patterns names (outside {@code from}). A fact of any other kind would only take memory in the
     * session: no rule could ever see it. Only types that a rule still reads count: removing a rule leaves its
     * types in the network with nothing below them (Drools keeps object type nodes for the life of the
     * KieBase), and a fact of such a type would pass through to no rule. Answers are cached per class; the
     * predicate is not thread-safe.
     */
    public static Predicate<Class<?>> matchable(KieBase kieBase) {
        return FactGate.of(kieBase)::reads;
    }

    /** The requirements the rules read, as their {@code @params} and {@code @model} declare them. */
    public fi.perhekeskus.pkcheck.model.RequirementCatalogue requirements() {
        return requirements;
    }

    /** Every rule's metadata, in catalogue order (one entry per DRL rule; an id may have several rules). */
    public List<RuleInfo> rules() {
        return rules;
    }
}
