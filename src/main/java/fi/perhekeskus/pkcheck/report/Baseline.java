package fi.perhekeskus.pkcheck.report;

import fi.perhekeskus.pkcheck.model.Location;
import java.util.List;
import java.util.Set;

/**
 * An earlier JSON report to compare with: the fingerprints it knew, and those of its findings that are
 * gone now (fixed). Only findings it did not know count towards {@code --fail-on}.
 *
 * @param source the baseline file, as given
 */
public record Baseline(String source, Set<String> known, List<Entry> fixed) {

    public Baseline {
        known = Set.copyOf(known);
        fixed = List.copyOf(fixed);
    }

    /** A finding of the baseline, as its JSON report gave it. */
    public record Entry(String rule, String severity, Subject subject, String message, Location location,
                        String fingerprint) {
    }

    /** Whether the baseline already had {@code finding}. */
    public boolean knows(Finding finding) {
        return known.contains(Fingerprint.of(finding));
    }

    /** The baseline with its fixed findings worked out against the current ones. */
    public Baseline against(Set<String> current, List<Entry> all) {
        return new Baseline(source, known, all.stream().filter(e -> !current.contains(e.fingerprint())).toList());
    }
}
