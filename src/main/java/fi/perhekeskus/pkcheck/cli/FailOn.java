package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.model.Severity;

/** The lowest severity that makes the exit code 1, or never. */
public enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO), never(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The threshold, or null for never. */
    public Severity threshold() {
        return threshold;
    }
}
