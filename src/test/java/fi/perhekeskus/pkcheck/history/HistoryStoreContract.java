package fi.perhekeskus.pkcheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Severity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The history store's behaviour, the same for every database it runs on: SQLite and PostgreSQL subclasses
 * give a fresh, empty store to each test.
 */
abstract class HistoryStoreContract {

    /** A new, empty store (a file not yet created, or an empty schema). */
    abstract HistoryLocation freshStore() throws Exception;

    static RunSnapshot run(String region, Instant at, String label, long errors, RunSnapshot.Item... items) {
        List<RunSnapshot.Cell> cells = List.of(new RunSnapshot.Cell("", null, "PROVINCIAL", 1, 0, 0),
                new RunSnapshot.Cell("lansi", "Läntinen alue", "REGIONAL", 2, errors, 1));
        return new RunSnapshot(at, LocalDate.of(2024, 3, 1), region, "Pirkanmaa", "pirkanmaa", label, "0.1.0",
                new RunSnapshot.Summary(errors, 1, 0, 0), List.of(items), cells);
    }

    static RunSnapshot.Item item(String rule, String subjectType, String subjectId) {
        return new RunSnapshot.Item(rule, Severity.ERROR, subjectType, subjectId, "lansi-ryhma", "lansi", "REGIONAL",
                false);
    }

    @Test
    void anEmptyStoreIsMigratedToTheLatestVersionAndHasNoRuns() throws Exception {
        HistoryLocation location = freshStore();
        try (HistoryStore store = HistoryStore.openForWriting(location)) {
            assertEquals(List.of(), store.runs(null));
            assertEquals(List.of(), store.regions());
            assertEquals("2", schemaVersion(store));
        }
    }

    @Test
    void runsComeBackOldestFirstWithWhatWasRecorded() throws Exception {
        HistoryLocation location = freshStore();
        Instant first = Instant.parse("2024-03-01T10:15:00Z");
        try (HistoryStore store = HistoryStore.openForWriting(location)) {
            long later = store.record(run("pirkanmaa", first.plusSeconds(3600), null, 1,
                    item("REP-002", "group", "lansi-ryhma")));
            long earlier = store.record(run("pirkanmaa", first, "ohjausryhmä 3/2024", 2,
                    item("REP-002", "group", "lansi-ryhma"), item("TERM-001", "membership", "g/H-1234abcd")));
            List<StoredRun> runs = store.runs(null);
            assertEquals(List.of(earlier, later), runs.stream().map(StoredRun::id).toList(), "by recordedAt, not id");
            StoredRun r = runs.get(0);
            assertEquals(first, r.recordedAt());
            assertEquals("ohjausryhmä 3/2024", r.label());
            assertEquals(new RunSnapshot.Summary(2, 1, 0, 0), r.summary());
            assertEquals(2, r.findings().size());
            assertEquals("TERM-001 membership g/H-1234abcd", r.findings().get(1).key());
            assertEquals(new RunSnapshot.Cell("lansi", "Läntinen alue", "REGIONAL", 2, 2, 1), r.cells().get(1));
            assertNull(runs.get(1).label());
        }
    }

    @Test
    void aRegionFilterKeepsOnlyThatRegionsRuns() throws Exception {
        HistoryLocation location = freshStore();
        Instant at = Instant.parse("2024-03-01T10:15:00Z");
        try (HistoryStore store = HistoryStore.openForWriting(location)) {
            store.record(run("pirkanmaa", at, null, 1));
            store.record(run("kanta-hame", at.plusSeconds(1), null, 1));
            assertEquals(List.of("kanta-hame"), store.runs("kanta-hame").stream().map(StoredRun::region).toList());
            assertEquals(2, store.runs(null).size());
            assertEquals(List.of(), store.runs("nosuch"));
            store.record(run("pirkanmaa", at.plusSeconds(2), null, 1));
            assertEquals(List.of("kanta-hame", "pirkanmaa"), store.regions(), "each region once, in order");
        }
    }

    @Test
    void theStoreKeepsOneKeyOfItsOwn() throws Exception {
        HistoryLocation location = freshStore();
        String key;
        try (HistoryStore store = HistoryStore.openForWriting(location)) {
            key = store.pseudonymKey();
            assertEquals(64, key.length());
        }
        try (HistoryStore again = HistoryStore.openForWriting(location)) {
            assertEquals(key, again.pseudonymKey(), "the same key on every later use");
        }
    }

    @Test
    void aVersionOneStoreIsUpgradedInPlaceAndKeepsItsRuns() throws Exception {
        HistoryLocation location = freshStore();
        try (HistoryStore v1 = HistoryStore.open(location, "1")) {
            assertEquals("1", schemaVersion(v1));
            try (Statement s = v1.connection().createStatement()) {
                s.executeUpdate("INSERT INTO runs (recorded_at, check_date, region, model, label, errors, warnings, "
                        + "infos, waived) VALUES ('2024-01-10T08:00:00Z', '2024-01-10', 'pirkanmaa', 'pirkanmaa', "
                        + "'v1', 2, 1, 0, 1)");
                s.executeUpdate("INSERT INTO findings (run_id, rule, severity, subject_type, subject_id, group_id, "
                        + "area, tier, waived) VALUES "
                        + "(1, 'REP-002', 'ERROR', 'group', 'lansi-ryhma', 'lansi-ryhma', 'lansi', 'REGIONAL', 0), "
                        + "(1, 'REP-001', 'ERROR', 'group', 'lansi-ryhma', 'lansi-ryhma', 'lansi', 'REGIONAL', 0), "
                        + "(1, 'REP-003', 'ERROR', 'group', 'lansi-ryhma', 'lansi-ryhma', 'lansi', 'REGIONAL', 1), "
                        + "(1, 'TERM-001', 'WARNING', 'membership', 'x/H-1', NULL, NULL, 'PROVINCIAL', 0)");
            }
        }
        try (HistoryStore upgraded = HistoryStore.openForReading(location)) {
            assertEquals("2", schemaVersion(upgraded));
            List<StoredRun> runs = upgraded.runs(null);
            assertEquals(1, runs.size());
            StoredRun r = runs.get(0);
            assertEquals("v1", r.label());
            assertNull(r.regionName(), "unknown to a version-1 store");
            assertEquals(List.of(new RunSnapshot.Cell("", null, "PROVINCIAL", null, 0, 1),
                    new RunSnapshot.Cell("lansi", null, "REGIONAL", null, 2, 0)), r.cells(),
                    "the matrix of an old run, from its findings (the waived one not open)");
            upgraded.record(run("pirkanmaa", Instant.parse("2024-03-01T10:15:00Z"), "v2", 1));
            assertEquals(2, upgraded.runs("pirkanmaa").size());
        }
    }

    @Test
    void twoRecordersAtOnceBothLand() throws Exception {
        HistoryLocation location = freshStore();
        int perRecorder = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> jobs = new ArrayList<>();
        try {
            for (int job = 0; job < 2; job++) {
                String region = "region-" + job;
                jobs.add(pool.submit(() -> {
                    start.await();
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perRecorder; i++) {
                        // each run opens the store itself, as a check --record in its own CI job would
                        try (HistoryStore store = HistoryStore.openForWriting(location)) {
                            store.pseudonymKey();
                            ids.add(store.record(run(region, Instant.parse("2024-03-01T10:15:00Z").plusSeconds(i),
                                    null, i, item("REP-002", "group", "g" + i))));
                        }
                    }
                    return ids;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : jobs) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertEquals(2 * perRecorder, all.stream().distinct().count(), "every run got its own id");
        } finally {
            pool.shutdownNow();
        }
        try (HistoryStore store = HistoryStore.openForReading(location)) {
            List<StoredRun> runs = store.runs(null);
            assertEquals(2 * perRecorder, runs.size());
            assertTrue(runs.stream().allMatch(r -> r.findings().size() == 1), "no run lost its findings");
            assertEquals(perRecorder, store.runs("region-0").size());
        }
    }

    @Test
    void aStoreThatIsNotPkchecksIsRefusedInOneLine() throws Exception {
        HistoryLocation location = freshStore();
        try (HistoryStore store = HistoryStore.openForWriting(location)) {
            try (Statement s = store.connection().createStatement()) {
                s.executeUpdate("DROP TABLE run_cells");
            }
            HistoryException e = org.junit.jupiter.api.Assertions.assertThrows(HistoryException.class,
                    () -> store.runs(null));
            assertTrue(e.getMessage().startsWith("history store " + location.display() + ": cannot read the runs"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    static String schemaVersion(HistoryStore store) throws SQLException {
        try (PreparedStatement s = store.connection().prepareStatement(
                "SELECT version FROM flyway_schema_history WHERE success = ? AND version IS NOT NULL")) {
            s.setBoolean(1, true);
            List<String> versions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            }
            return versions.stream().max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .orElse(Collections.<String>emptyList().isEmpty() ? "none" : "");
        }
    }
}
