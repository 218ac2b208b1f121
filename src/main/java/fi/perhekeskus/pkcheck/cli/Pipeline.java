package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.TierSpec;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole check, load → facts → rules → report, for one set of paths. */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private Pipeline() {
    }

    /** What a check produced: the report, and every person's name by id (the id where none is given). */
    public record Result(Report report, Map<String, String> names) {
    }

    /**
     * Checks {@code paths} as one dataset.
     *
     * @param modelOption the --model value, or null to use the dataset's own
     * @param ruleFilter  which rule ids may fire
     * @throws InputException when the input cannot be used at all
     */
    public static Result run(List<Path> paths, String modelOption, List<Path> ruleDirs, LocalDate date,
                      Predicate<String> ruleFilter) {
        long start = System.nanoTime();
        Dataset data = new DatasetLoader().load(paths);
        LOG.info("loaded {} file set(s) in {} ms", paths.size(), (System.nanoTime() - start) / 1_000_000);
        GovernanceModel model = model(data, modelOption);
        RuleBase rules = RuleBase.build(ruleDirs);
        LOG.info("rules ready after {} ms", (System.nanoTime() - start) / 1_000_000);
        Facts facts = FactBuilder.build(data, model, date);
        List<Finding> findings = new Checker(rules).check(facts, ruleFilter);
        LOG.info("checked in {} ms: {} findings", (System.nanoTime() - start) / 1_000_000, findings.size());
        Map<String, Report.GroupInfo> groups = new HashMap<>();
        for (Group g : facts.groups().values()) {
            groups.put(g.id(), new Report.GroupInfo(g.id(), g.name(), g.tier() == null ? null : g.tier().name()));
        }
        Map<String, String> names = new HashMap<>();
        for (Person p : data.people()) {
            names.put(p.id(), p.name() == null ? p.id() : p.name());
        }
        Report report = new Report(model.id(), model.name(), facts.context().regionId(), facts.context().regionName(),
                date, data.sources(), findings, groups,
                model.tiers().stream().map(TierSpec::tier).map(Enum::name).toList());
        return new Result(report, names);
    }

    /** The --model option wins; otherwise the dataset's {@code model:}, a path relative to its file. */
    static GovernanceModel model(Dataset data, String modelOption) {
        ModelLoader loader = new ModelLoader();
        if (modelOption != null) {
            return loader.resolve(modelOption, null, null);
        }
        if (data.modelRef() == null) {
            throw new InputException(String.join(", ", data.sources())
                    + ": no governance model: write 'model: <id>' in the data or pass --model");
        }
        Path file = Path.of(data.modelRefLocation().file());
        return loader.resolve(data.modelRef(), file.getParent(), data.modelRefLocation());
    }
}
