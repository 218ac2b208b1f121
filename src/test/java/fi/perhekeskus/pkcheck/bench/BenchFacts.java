package fi.perhekeskus.pkcheck.bench;

import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.report.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Loads a dataset into the facts the rules get, as the check command does (load → model → facts). */
public final class BenchFacts {

    private BenchFacts() {
    }

    /** The facts of the dataset at {@code data}, checked against the model it names, on {@code date}. */
    public static Facts load(Path data, LocalDate date) {
        Dataset dataset = new DatasetLoader().load(List.of(data));
        Path file = Path.of(dataset.modelRefLocation().file());
        GovernanceModel model = fi.perhekeskus.pkcheck.model.TestModels.loader().resolve(dataset.modelRef(), file.getParent(),
                dataset.modelRefLocation());
        return FactBuilder.build(dataset, model, date);
    }

    /** A finding as the catalogue's contract compares it: rule, severity, subject kind and id, details. */
    public static String key(Finding f) {
        return f.rule() + " " + f.severity() + " " + f.subject().type() + " " + f.subject().id() + " " + f.details();
    }
}
