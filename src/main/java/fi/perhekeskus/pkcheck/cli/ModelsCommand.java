package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.CoordinatorRequirement;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Municipality;
import fi.perhekeskus.pkcheck.model.RoleRequirement;
import fi.perhekeskus.pkcheck.model.TierSpec;
import fi.perhekeskus.pkcheck.model.TypeRequirement;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pkcheck models [ID|FILE]}: the built-in governance models, or what one demands tier by tier. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the built-in governance models, or show what one demands, tier by tier.")
final class ModelsCommand extends ConsoleCommand {

    @Parameters(arity = "0..1", paramLabel = "ID|FILE", descriptionKey = "modelRef", description = "A built-in model id or a model file.")
    String id;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language: ${COMPLETION-CANDIDATES}.")
    Language lang;


    @Override
    public Integer call() {
        Messages m = new Messages(lang != null ? lang : Language.fromEnvironment(console.env()));
        PrintWriter out = console.out();
        ModelLoader loader = new ModelLoader();
        try {
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
            describe(loader.resolve(id, null, null), m, out);
            out.flush();
            return ExitCode.OK.code();
        } catch (InputException e) {
            fail(e);
            return ExitCode.INPUT_ERROR.code();
        }
    }

    private static void describe(GovernanceModel model, Messages m, PrintWriter out) {
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
        for (TierSpec t : model.tiers()) {
            out.println();
            out.println(m.get("tier." + t.tier().name()) + (t.name() == null ? "" : " — " + t.name())
                    + " (" + t.tier() + ")");
            out.println("  " + m.get("models.scope." + t.scope().name()));
            if (t.minGroups() != null || t.maxGroups() != null) {
                out.println("  " + m.get("models.groups", t.minGroups() == null ? "0" : t.minGroups(),
                        t.maxGroups() == null ? "∞" : t.maxGroups()));
            }
            if (t.coverEveryMunicipality()) {
                out.println("  " + m.get("models.cover"));
            }
            if (t.maxMunicipalities() != null) {
                out.println("  " + m.get("models.maxMunicipalities", t.maxMunicipalities()));
            }
            if (t.sameArea()) {
                out.println("  " + m.get("models.sameArea"));
            }
            if (t.chairRequired()) {
                out.println("  " + m.get("models.chair"));
                if (t.chairRepresents() != null) {
                    out.println("  " + m.get("models.chairRepresents", m.text(t.chairRepresents())));
                }
                if (t.chairTitle() != null) {
                    out.println("  " + m.get("models.chairTitle", t.chairTitle()));
                }
                for (TypeRequirement r : t.chairGroupCovers()) {
                    out.println("  " + m.get("models.chairGroup", m.text(List.copyOf(new java.util.TreeSet<>(r.anyOf())))));
                }
            } else {
                out.println("  " + m.get("models.noChair"));
            }
            for (TypeRequirement r : t.represented()) {
                out.println("  " + m.get("models.represented", r.min(), m.text(List.copyOf(new java.util.TreeSet<>(r.anyOf())))));
            }
            if (t.allMunicipalities()) {
                out.println("  " + m.get("models.allMunicipalities"));
            }
            if (t.sizeMin() != null || t.sizeMax() != null) {
                out.println("  " + m.get("models.size", t.sizeMin() == null ? "0" : t.sizeMin(),
                        t.sizeMax() == null ? "∞" : t.sizeMax()));
            }
            for (RoleRequirement r : t.roles()) {
                out.println("  " + m.get("models.role", r.min(), m.text(r.role())));
            }
            for (CoordinatorRequirement c : t.coordinators()) {
                out.println("  " + m.get("models.coordinators", m.text(c.from())));
            }
            if (t.above() != null && t.linkToAbove()) {
                out.println("  " + m.get("models.link", m.text(t.above())));
            }
            t.severities().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                    out.println("  " + m.get("models.severity", e.getKey(), m.get("severity." + e.getValue().name()))));
            t.off().stream().sorted().forEach(r -> out.println("  " + m.get("models.off", r)));
        }
    }
}
