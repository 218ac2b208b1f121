package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.ModelTier;
import fi.perhekeskus.pkcheck.model.Municipality;
import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.RequirementCatalogue;
import fi.perhekeskus.pkcheck.model.RequirementKind;
import fi.perhekeskus.pkcheck.model.RequirementParam;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pkcheck models [ID|FILE]}: the built-in governance models, or what one demands tier by tier. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the built-in governance models, or show what one demands, tier by tier.")
final class ModelsCommand extends ConsoleCommand {

    @Parameters(arity = "0..1", paramLabel = "${bundle:label.model:-ID|FILE}", descriptionKey = "modelRef", description = "A built-in model id or a model file.")
    String id;

    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}", description = "Language: ${COMPLETION-CANDIDATES}.")
    Language lang;


    @Override
    public Integer call() {
        Messages m = new Messages(lang != null ? lang : Language.fromEnvironment(console.env()));
        PrintWriter out = console.out();
        RequirementCatalogue catalogue;
        ModelLoader loader;
        try {
            catalogue = RuleBase.build(List.of()).requirements();
            loader = new ModelLoader(catalogue);
            if (id == null) {
                for (String builtIn : ModelLoader.BUILT_IN) {
                    GovernanceModel model = loader.builtIn(builtIn);
                    String tiers = model.tiers().stream().map(t -> m.get("tier." + t.tier().name()))
                            .collect(Collectors.joining(", "));
                    out.println(String.format("%-16s %-16s %s", model.id(), model.name(), tiers));
                }
                out.flush();
                return ExitCode.OK.code();
            }
            describe(loader.resolve(id, null, null), catalogue, m, out);
            out.flush();
            return ExitCode.OK.code();
        } catch (InputException e) {
            fail(e);
            return ExitCode.INPUT_ERROR.code();
        }
    }

    /**
     * One demand: its rule, the rule's title and its parameters in the order the rule declares them (the model's
     * words for them), values in the chosen language.
     */
    static String requirement(Requirement r, RequirementKind kind, Messages m) {
        if (kind != null && m.has("demand." + r.rule())) {
            return m.get("models.requirement", r.rule(), m.named("demand." + r.rule(), demandArgs(r, kind)));
        }
        String title = m.has("title." + r.rule()) ? m.title(r.rule()) : "";
        List<String> names = kind == null ? r.params().keySet().stream().sorted().toList()
                : kind.params().stream().map(RequirementParam::name).filter(r::has).toList();
        List<String> params = new ArrayList<>();
        for (String name : names) {
            Object value = r.params().get(name);
            if (value instanceof java.util.Set<?> set) {
                value = List.copyOf(new TreeSet<>(set));
            }
            params.add(m.get("models.param", name, m.text(value)));
        }
        return params.isEmpty() ? m.get("models.requirement", r.rule(), title)
                : m.get("models.requirementWith", r.rule(), title, String.join(", ", params));
    }

    /**
     * A demand's parameters by the names its rule declares, for the bundle's {@code demand.<rule>} sentence; a
     * parameter left out is an empty text, and {@code has<Name>} says "yes" or "no" so that the sentence can
     * choose its words ({@code {hasMax, select, yes {...} other {...}}}).
     */
    private static Map<String, Object> demandArgs(Requirement r, RequirementKind kind) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (RequirementParam p : kind.params()) {
            Object value = r.params().get(p.name());
            if (value instanceof java.util.Set<?> set) {
                value = List.copyOf(new TreeSet<>(set));
            }
            args.put(p.name(), value == null ? "" : value);
            args.put("has" + Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1),
                    value == null ? "no" : "yes");
        }
        return args;
    }

    private static void describe(GovernanceModel model, RequirementCatalogue catalogue, Messages m,
                                 PrintWriter out) {
        out.println(m.get("models.title", model.name(), model.id()));
        out.println();
        out.println(m.get("models.areas"));
        TreeMap<String, List<String>> byArea = new TreeMap<>();
        for (Municipality mu : model.municipalities()) {
            if (mu.area() != null) {
                byArea.computeIfAbsent(mu.area(), a -> new java.util.ArrayList<>()).add(mu.label());
            }
        }
        for (Area area : model.areas()) {
            List<String> pinned = byArea.getOrDefault(area.id(), List.of());
            out.println("  " + area.id() + " — " + (area.name() == null ? area.id() : area.name())
                    + (pinned.isEmpty() ? "" : ": " + String.join(", ", pinned)));
        }
        out.println(m.get("models.municipalities", model.municipalities().size()));
        if (model.everyMunicipalityInArea()) {
            out.println(m.get("models.everyInArea"));
        }
        out.println(m.get("models.limits", model.limits().maxGroupsPerPerson(), model.limits().termNoticeDays(),
                model.limits().quorum()));
        if (model.meetingPlaces() != null) {
            out.println(m.get("models.meetingPlaces", model.meetingPlaces().perMunicipality()));
        }
        for (ModelTier t : model.tiers()) {
            out.println();
            out.println(m.get("tier." + t.tier().name()) + (t.name() == null ? "" : " — " + t.name())
                    + " (" + t.tier() + ")");
            out.println("  " + m.get("models.scope." + t.scope().name()));
            List<Requirement> demands = model.requirementsOf(t.tier());
            if (demands.isEmpty()) {
                out.println("  " + m.get("models.noRequirements"));
            }
            for (Requirement r : demands) {
                out.println("  " + requirement(r, catalogue.of(r.rule()), m));
            }
            t.severities().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                    out.println("  " + m.get("models.severity", e.getKey(), m.get("severity." + e.getValue().name()))));
            t.off().stream().sorted().forEach(r -> out.println("  " + m.get("models.off", r)));
        }
    }
}
