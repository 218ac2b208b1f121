package fi.perhekeskus.pkcheck.history;

import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import fi.perhekeskus.pkcheck.report.Report;
import java.time.Instant;
import java.util.Set;

/** Stores one check in the history: {@code check --record}. */
public final class Recorder {

    /** The longest note a run may carry. */
    public static final int MAX_LABEL = 500;

    private Recorder() {
    }

    /**
     * Records {@code report} as a run; returns the run's id.
     *
     * @param report the check's report before any pseudonymising for output
     * @param people the ids of every person of the data: these are pseudonymised with the store's key
     * @throws HistoryException when the store cannot be opened or written
     */
    public static long record(HistoryLocation location, Report report, Set<String> people, String label,
                              Instant recordedAt, String toolVersion) {
        try (HistoryStore store = HistoryStore.openForWriting(location)) {
            Pseudonymiser pseudonymiser = new Pseudonymiser(people, store.pseudonymKey());
            return store.record(RunSnapshot.of(report, pseudonymiser, label, recordedAt, toolVersion));
        }
    }
}
