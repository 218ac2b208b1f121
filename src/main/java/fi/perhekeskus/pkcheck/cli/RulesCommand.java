package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.engine.RuleInfo;
import fi.perhekeskus.pkcheck.engine.RuleMessages;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pkcheck rules [ID]}: the rule catalogue, read from the rules' own metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule (id, default severity, description), or explain one rule with an example.")
final class RulesCommand extends ConsoleCommand {

    @Parameters(arity = "0..1", paramLabel = "${bundle:label.rule:-ID}", descriptionKey = "rule", description = "A rule id such as REP-002.")
    String id;

    @Option(names = "--rules", paramLabel = "${bundle:label.dir:-DIR}", description = "Extra DRL rules to include (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}", description = "Language: ${COMPLETION-CANDIDATES}.")
    Language lang;

    @Option(names = {"-v", "--verbose"}, description = "Log to standard error.")
    boolean verbose;


    @Override
    public Integer call() {
        Main.configureLogging(verbose);
        Language language = lang != null ? lang : Language.fromEnvironment(console.env());
        RuleBase rules;
        Messages m;
        try {
            rules = RuleBase.build(ruleDirs);
            m = new Messages(language, java.util.function.Function.identity(),
                    RuleMessages.load(ruleDirs).in(language.name()));
        } catch (InputException e) {
            fail(e);
            return ExitCode.INPUT_ERROR.code();
        }
        Map<String, List<RuleInfo>> byId = new LinkedHashMap<>();
        for (RuleInfo info : rules.rules()) {
            byId.computeIfAbsent(info.id(), k -> new ArrayList<>()).add(info);
        }
        PrintWriter out = console.out();
        if (id == null) {
            for (var entry : byId.entrySet()) {
                RuleInfo first = entry.getValue().get(0);
                out.println(String.format(Locale.ROOT, "%-11s %-9s %s", entry.getKey(), m.get("severity." + first.severity()),
                        m.has("title." + entry.getKey()) ? m.title(entry.getKey()) : first.name()));
            }
            out.flush();
            return ExitCode.OK.code();
        }
        String wanted = id.toUpperCase(Locale.ROOT);
        List<RuleInfo> infos = byId.get(wanted);
        if (infos == null) {
            fail(InputException.of("error.unknownRule", id));
            return ExitCode.INPUT_ERROR.code();
        }
        out.println(wanted + " — " + (m.has("title." + wanted) ? m.title(wanted) : infos.get(0).name()));
        out.println(m.get("rules.severity", m.get("severity." + infos.get(0).severity().name())));
        out.println();
        if (m.has("explain." + wanted)) {
            out.println(m.get("explain." + wanted));
            out.println();
        }
        if (m.has("example." + wanted)) {
            out.println(m.get("rules.example"));
            for (String line : m.get("example." + wanted).split("\\\\n|\n")) {
                out.println("  " + line);
            }
            out.println();
        }
        out.println(m.get("rules.implementedBy"));
        for (RuleInfo info : infos) {
            out.println("  \"" + info.name() + "\" (" + info.packageName() + ")");
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
