package fi.perhekeskus.pkcheck.history;

import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The history of checks in a database: SQLite (one file) or PostgreSQL. Opening it brings its schema up to
 * date with the migrations in {@code pkcheck/history/db/<vendor>} (Flyway), so an older store is upgraded in
 * place. Each run is written in one transaction; SQLite waits for another writer (WAL journal, busy timeout)
 * instead of failing, so two recorders at once both land.
 */
public final class HistoryStore implements AutoCloseable {

    /** How long SQLite waits for another writer before giving up. */
    static final int BUSY_TIMEOUT_MS = 30_000;

    private static final String KEY_NAME = "pseudonym-key";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MIGRATION_ATTEMPTS = 20;

    private final HistoryLocation location;
    private final Connection connection;

    private HistoryStore(HistoryLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /**
     * Opens the store for recording: a SQLite file and its directory are created when missing; the schema is
     * migrated to the latest version.
     */
    public static HistoryStore openForWriting(HistoryLocation location) {
        return open(location, null);
    }

    /** Opens an existing store for reading; an older schema is upgraded first. */
    public static HistoryStore openForReading(HistoryLocation location) {
        if (location.kind() == HistoryLocation.Kind.SQLITE && !Files.isRegularFile(location.file())) {
            throw new HistoryException("history store " + location
                    + ": no such file (record a run with: pkcheck check DATA --record)", "error.history.noStore",
                    List.of(String.valueOf(location)), null);
        }
        return open(location, null);
    }

    /** Opens the store with its schema at {@code targetVersion} (null: the latest); tests make old stores so. */
    static HistoryStore open(HistoryLocation location, String targetVersion) {
        if (location.kind() == HistoryLocation.Kind.SQLITE) {
            Path parent = location.file().getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new HistoryException("history store " + location + ": cannot create its directory ("
                        + e.getMessage() + ")", "history.error.directory",
                        List.of(String.valueOf(location), "", String.valueOf(e.getMessage())), e);
            }
        }
        DataSource source = dataSource(location);
        migrate(location, source, targetVersion);
        try {
            Connection connection = source.getConnection();
            connection.setAutoCommit(true);
            return new HistoryStore(location, connection);
        } catch (SQLException e) {
            throw failure(location, "connect", e);
        }
    }

    private HistoryException failure(String what, Exception e) {
        return failure(location, what, e);
    }

    private static HistoryException failure(HistoryLocation location, String what, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // Flyway's own messages add a table of details under a line of dashes: the first part says it.
        int table = reason.indexOf("\n---");
        reason = table < 0 ? reason : reason.substring(0, table);
        // A URL in a driver's message may carry the password among its parameters: never show them.
        reason = reason.replace(location.jdbcUrl(), location.display())
                .replaceAll("(?i)(password=)[^&\\s)]*", "$1***");
        String words = reason.replaceAll("\\s+", " ").trim();
        Word why = HistoryException.reason(words);
        // Flyway opens the first connection: a server that does not answer, or refuses the login, is met while the
        // schema is "brought up to date", but the user needs to hear that the store cannot be reached.
        String failed = "schema".equals(what) && NOT_REACHED.contains(why) ? "connect" : what;
        return new HistoryException("history store " + location + ": " + ENGLISH.get(failed) + " (" + words + ")",
                "history.error." + failed, List.of(String.valueOf(location), why, words), e);
    }

    /** The causes that mean the store was never reached. */
    private static final Set<Word> NOT_REACHED = Set.of(new Word("history.reason.unreachable"),
            new Word("history.reason.login"), new Word("history.reason.noDatabase"));

    /** What could not be done, in the English of {@link HistoryException#getMessage()}. */
    private static final Map<String, String> ENGLISH = Map.of("connect", "cannot connect",
            "key", "cannot read its key", "record", "cannot record the run", "read", "cannot read the runs",
            "close", "cannot close", "schema", "cannot bring its schema up to date",
            "interrupted", "interrupted while its schema was brought up to date");

    private static DataSource dataSource(HistoryLocation location) {
        if (location.kind() == HistoryLocation.Kind.POSTGRESQL) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(location.jdbcUrl());
            if (location.user() != null) {
                pg.setUser(location.user());
            }
            if (location.password() != null) {
                pg.setPassword(location.password());
            }
            pg.setConnectTimeout(10);
            pg.setApplicationName("pkcheck");
            return pg;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        // Write transactions take the write lock when they begin, so two writers queue instead of deadlocking.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(location.jdbcUrl());
        return sqlite;
    }

    /**
     * Brings the schema up to date. On PostgreSQL Flyway holds an advisory lock meanwhile; SQLite has no
     * such lock, so two processes migrating a new file at once may collide: the loser tries again, and then
     * finds the schema migrated.
     */
    private static void migrate(HistoryLocation location, DataSource source, String targetVersion) {
        String vendor = location.kind() == HistoryLocation.Kind.POSTGRESQL ? "postgresql" : "sqlite";
        var config = Flyway.configure(HistoryStore.class.getClassLoader())
                .dataSource(source)
                .locations("classpath:pkcheck/history/db/" + vendor)
                .failOnMissingLocations(true)
                .connectRetries(0);
        if (targetVersion != null) {
            config = config.target(targetVersion);
        }
        Flyway flyway = config.load();
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (location.kind() != HistoryLocation.Kind.SQLITE || attempt >= MIGRATION_ATTEMPTS || !collided(e)) {
                    throw failure(location, "schema", e);
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure(location, "interrupted", e);
                }
            }
        }
    }

    /** Whether a migration failed because another process was migrating the same new SQLite file. */
    private static boolean collided(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("already exists") || message.contains("SQLITE_BUSY")
                    || message.contains("database is locked")) {
                return true;
            }
        }
        return false;
    }

    /** The store's own key for pseudonymising person ids: made on first use, then always the same. */
    public String pseudonymKey() {
        try {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO store_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                insert.setString(1, KEY_NAME);
                insert.setString(2, HexFormat.of().formatHex(key));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM store_meta WHERE name = ?")) {
                select.setString(1, KEY_NAME);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw failure("key", e);
        }
    }

    /** Stores one run in one transaction; returns its id. */
    public long record(RunSnapshot run) {
        try {
            connection.setAutoCommit(false);
            try {
                long id = insertRun(run);
                insertFindings(id, run.findings());
                insertCells(id, run.cells());
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("record", e);
        }
    }

    private long insertRun(RunSnapshot run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (recorded_at, check_date, "
                + "region, region_name, model, label, errors, warnings, infos, waived, tool_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, INSTANT.format(run.recordedAt()));
            insert.setString(2, run.checkDate().toString());
            insert.setString(3, run.region() != null ? run.region() : run.model());
            insert.setString(4, run.regionName());
            insert.setString(5, run.model());
            insert.setString(6, run.label());
            insert.setLong(7, run.summary().errors());
            insert.setLong(8, run.summary().warnings());
            insert.setLong(9, run.summary().infos());
            insert.setLong(10, run.summary().waived());
            insert.setString(11, run.toolVersion());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database gave no id for the new run");
                }
                return keys.getLong(1);
            }
        }
    }

    private void insertFindings(long runId, List<RunSnapshot.Item> items) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO findings (run_id, rule, severity, "
                + "subject_type, subject_id, group_id, area, tier, waived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (RunSnapshot.Item f : items) {
                insert.setLong(1, runId);
                insert.setString(2, f.rule());
                insert.setString(3, f.severity().name());
                insert.setString(4, f.subjectType());
                insert.setString(5, f.subjectId());
                insert.setString(6, f.group());
                insert.setString(7, f.area());
                insert.setString(8, f.tier());
                insert.setInt(9, f.waived() ? 1 : 0);
                insert.addBatch();
                if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private void insertCells(long runId, List<RunSnapshot.Cell> cells) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_cells (run_id, area, area_name, "
                + "tier, group_count, errors, warnings) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (RunSnapshot.Cell c : cells) {
                insert.setLong(1, runId);
                insert.setString(2, c.area());
                insert.setString(3, c.areaName());
                insert.setString(4, c.tier());
                if (c.groups() == null) {
                    insert.setNull(5, Types.INTEGER);
                } else {
                    insert.setInt(5, c.groups());
                }
                insert.setLong(6, c.errors());
                insert.setLong(7, c.warnings());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The ids of the regions with recorded runs, in alphabetical order. */
    public List<String> regions() {
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT region FROM runs ORDER BY region");
             ResultSet rs = select.executeQuery()) {
            List<String> regions = new java.util.ArrayList<>();
            while (rs.next()) {
                regions.add(rs.getString(1));
            }
            return regions;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Every run, of one region or of all ({@code region} null), oldest first (by time recorded, then id). */
    public List<StoredRun> runs(String region) {
        String where = region == null ? "" : " WHERE r.region = ?";
        try {
            Map<Long, Object[]> heads = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT r.id, r.recorded_at, r.check_date, "
                    + "r.region, r.region_name, r.model, r.label, r.errors, r.warnings, r.infos, r.waived FROM runs r"
                    + where + " ORDER BY r.recorded_at, r.id")) {
                bind(select, region);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        heads.put(rs.getLong(1), new Object[] {
                            Instant.from(INSTANT.parse(rs.getString(2))), LocalDate.parse(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            new RunSnapshot.Summary(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11))});
                    }
                }
            }
            Map<Long, List<RunSnapshot.Item>> findings = findings(where, region);
            Map<Long, List<RunSnapshot.Cell>> cells = cells(where, region);
            List<StoredRun> runs = new ArrayList<>();
            heads.forEach((id, h) -> runs.add(new StoredRun(id, (Instant) h[0], (LocalDate) h[1], (String) h[2],
                    (String) h[3], (String) h[4], (String) h[5], (RunSnapshot.Summary) h[6],
                    findings.getOrDefault(id, List.of()), cells.getOrDefault(id, List.of()))));
            return runs;
        } catch (SQLException | RuntimeException e) {
            throw failure("read", e);
        }
    }

    private Map<Long, List<RunSnapshot.Item>> findings(String where, String region) throws SQLException {
        Map<Long, List<RunSnapshot.Item>> byRun = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT f.run_id, f.rule, f.severity, "
                + "f.subject_type, f.subject_id, f.group_id, f.area, f.tier, f.waived FROM findings f "
                + "JOIN runs r ON r.id = f.run_id" + where
                + " ORDER BY f.run_id, f.severity, f.rule, f.subject_type, f.subject_id")) {
            bind(select, region);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byRun.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RunSnapshot.Item(
                            rs.getString(2), Severity.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9) != 0));
                }
            }
        }
        return byRun;
    }

    private Map<Long, List<RunSnapshot.Cell>> cells(String where, String region) throws SQLException {
        Map<Long, List<RunSnapshot.Cell>> byRun = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT c.run_id, c.area, c.area_name, c.tier, "
                + "c.group_count, c.errors, c.warnings FROM run_cells c JOIN runs r ON r.id = c.run_id" + where
                + " ORDER BY c.run_id, c.area, c.tier")) {
            bind(select, region);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int groups = rs.getInt(5);
                    Integer known = rs.wasNull() ? null : groups;
                    byRun.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RunSnapshot.Cell(
                            rs.getString(2), rs.getString(3), rs.getString(4), known, rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        return byRun;
    }

    private static void bind(PreparedStatement statement, String region) throws SQLException {
        if (region != null) {
            statement.setString(1, region);
        }
    }

    /** The time a run is recorded at, to the second as the store keeps it. */
    public static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The connection, for tests that look at the schema. */
    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
