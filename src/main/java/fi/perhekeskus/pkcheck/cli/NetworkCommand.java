package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.convert.AtomicFile;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.network.GroupFindings;
import fi.perhekeskus.pkcheck.network.NetworkAnalysis;
import fi.perhekeskus.pkcheck.network.NetworkBuilder;
import fi.perhekeskus.pkcheck.network.NetworkGraph;
import fi.perhekeskus.pkcheck.network.NetworkReport;
import fi.perhekeskus.pkcheck.network.NetworkWriter;
import fi.perhekeskus.pkcheck.network.NetworkWriters;
import fi.perhekeskus.pkcheck.network.PersonNaming;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pkcheck network PATH}: the network map (verkostokartta) of the pilot: which group would best support
 * the network, which actors to bring closer, and the map itself as GraphML, DOT, Mermaid or an HTML page.
 * People appear as pseudonyms unless {@code --names} is given.
 */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"The network map: centrality of organisations, people and groups, brokers between tiers, "
                + "groups that hang on one person, and the actors to bring closer; or the map as GraphML, DOT, "
                + "Mermaid or an interactive HTML page.",
                "People appear as pseudonyms (set PKCHECK_PSEUDONYM_KEY to a secret) unless --names is given."})
final class NetworkCommand extends ConsoleCommand {

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.dataset:-PATH}", descriptionKey = "paths", description = "Dataset files or directories, read as one dataset.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--model", paramLabel = "${bundle:label.model:-ID|FILE}",
            description = "Governance model: a built-in id or a model file. Overrides the dataset's 'model:'.")
    String model;

    @Option(names = "--date", paramLabel = "${bundle:label.date:-YYYY-MM-DD}", description = "The date whose seats make the map (default: today).")
    LocalDate date;

    @Option(names = "--format", paramLabel = "${bundle:label.format:-FMT}", defaultValue = "text", converter = FormatName.class,
            description = "text, json, graphml, dot, mermaid or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file:-FILE}", converter = OutputOption.class,
            description = "Write to FILE instead of standard output (-: standard output).")
    Path output;

    @Option(names = "--force", description = "Let -o replace an existing file that is not a network of this format.")
    boolean force;

    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}",
            description = "Language: fi, sv or en (default: from LC_ALL, LC_MESSAGES or LANG, else en).")
    Language lang;

    @Option(names = "--names", description = "Show people's names instead of pseudonyms (names are personal data).")
    boolean names;

    @Option(names = {"-v", "--verbose", "--debug"}, description = "Log to standard error, with stack traces.")
    boolean verbose;


    @Override
    public Integer call() {
        Main.configureLogging(verbose);
        try {
            NetworkWriter writer = NetworkWriters.byName(format).orElseThrow(() -> InputException.of(
                    "error.network.format", format, String.join(", ", NetworkWriters.names())));
            if (output != null) {
                List<Path> inputs = new java.util.ArrayList<>(paths);
                OutputGuard.addModel(inputs, model);
                OutputGuard.report(output, writer.name(), inputs, force);
            }
            Dataset data = new DatasetLoader().load(paths);
            GovernanceModel governance = Pipeline.model(data, model);
            LocalDate day = date != null ? date : LocalDate.now(console.clock());
            Facts facts = FactBuilder.build(data, governance, day);
            Map<String, String> people = new TreeMap<>();
            for (Person p : data.people()) {
                people.put(p.id(), p.name() == null ? p.id() : p.name());
            }
            PersonNaming naming = names ? PersonNaming.names(people)
                    : PersonNaming.pseudonyms(new Pseudonymiser(people.keySet(), console.env().get("PKCHECK_PSEUDONYM_KEY")));
            NetworkGraph graph = NetworkBuilder.build(facts, naming);
            NetworkReport report = NetworkAnalysis.analyse(graph);
            Language language = lang != null ? lang : Language.fromEnvironment(console.env());
            Messages messages = new Messages(language);
            GroupFindings findings = writer.showsFindings()
                    ? groupFindings(facts, governance, day, new Messages(language, id -> naming.label().apply(id))) : GroupFindings.NONE;
            write(writer, graph, report, findings, messages);
            return ExitCode.OK.code();
        } catch (InputException e) {
            fail(e);
            if (verbose) {
                e.printStackTrace(console.err());
            }
            return ExitCode.INPUT_ERROR.code();
        }
    }

    /**
     * The built-in rules' findings about each group, for the map to mark: the same check as {@code pkcheck check}
     * on the same facts and date (no waivers, no rules of one's own), people named as the map names them.
     */
    private static GroupFindings groupFindings(Facts facts, GovernanceModel model, LocalDate date, Messages messages) {
        Map<String, List<GroupFindings.Shown>> byGroup = new TreeMap<>();
        List<Finding> fired = new Checker(RuleBase.build(List.of())).check(facts, id -> true);
        // settled as the check settles them: the model's severities, and rules it switches off left out
        List<Finding> found = new ArrayList<>(new fi.perhekeskus.pkcheck.engine.Settlement(model, List.of(),
                fi.perhekeskus.pkcheck.engine.Settlement.DEFAULT_CAP).settle(fired, date).findings());
        found.sort(Finding.ORDER);
        for (Finding f : found) {
            if (f.group() != null) {
                byGroup.computeIfAbsent(f.group(), k -> new ArrayList<>())
                        .add(new GroupFindings.Shown(f.rule(), f.severity(), messages.message(f)));
            }
        }
        return new GroupFindings(byGroup);
    }

    private void write(NetworkWriter writer, NetworkGraph graph, NetworkReport report, GroupFindings findings,
                       Messages messages) {
        try {
            if (output == null) {
                SafeWriter safe = new SafeWriter(console.out());
                writer.write(graph, report, findings, messages, safe);
                safe.flush();
                return;
            }
            StringWriter buffer = new StringWriter();
            writer.write(graph, report, findings, messages, new SafeWriter(buffer));
            AtomicFile.write(output, stream -> stream.write(buffer.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InputException(output + ": cannot write the network (" + InputException.reason(e) + ")");
        }
    }
}
