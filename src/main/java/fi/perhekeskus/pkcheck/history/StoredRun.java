package fi.perhekeskus.pkcheck.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A run as read back from the history, with its findings and its matrix. */
public record StoredRun(long id, Instant recordedAt, LocalDate checkDate, String region, String regionName,
                        String model, String label, RunSnapshot.Summary summary, List<RunSnapshot.Item> findings,
                        List<RunSnapshot.Cell> cells) {

    public StoredRun {
        findings = List.copyOf(findings);
        cells = List.copyOf(cells);
    }

    /** The region as a reader knows it: its name, else its id. */
    public String regionTitle() {
        return regionName == null || regionName.isBlank() ? region : regionName;
    }
}
