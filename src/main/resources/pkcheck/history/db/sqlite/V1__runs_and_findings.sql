-- Version 1 of the history store: one row per recorded check, one per finding of it, and the store's own
-- key for pseudonymising person ids (never leaves the store).
CREATE TABLE store_meta (
    name  VARCHAR(64) PRIMARY KEY,
    value VARCHAR(256) NOT NULL
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at VARCHAR(32) NOT NULL,
    check_date  VARCHAR(10) NOT NULL,
    region      VARCHAR(200) NOT NULL,
    model       VARCHAR(200) NOT NULL,
    label       VARCHAR(500),
    errors      INTEGER NOT NULL,
    warnings    INTEGER NOT NULL,
    infos       INTEGER NOT NULL,
    waived      INTEGER NOT NULL
);

CREATE TABLE findings (
    run_id       INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    rule         VARCHAR(64) NOT NULL,
    severity     VARCHAR(16) NOT NULL,
    subject_type VARCHAR(64) NOT NULL,
    subject_id   VARCHAR(500) NOT NULL,
    group_id     VARCHAR(200),
    area         VARCHAR(200),
    tier         VARCHAR(64),
    waived       INTEGER NOT NULL
);
