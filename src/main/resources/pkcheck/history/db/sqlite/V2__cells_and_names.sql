-- Version 2: the readiness matrix of each run (area x tier: groups, open errors and warnings), the region's
-- and the areas' names for the trend's labels, and the tool's version. Runs recorded by version 1 get their
-- cells from their findings (group counts unknown there), so that their trend is not lost.
ALTER TABLE runs ADD COLUMN region_name VARCHAR(200);
ALTER TABLE runs ADD COLUMN tool_version VARCHAR(32);

CREATE INDEX findings_run ON findings (run_id);
CREATE INDEX runs_region ON runs (region, recorded_at, id);

CREATE TABLE run_cells (
    run_id    INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    area      VARCHAR(200) NOT NULL,
    area_name VARCHAR(200),
    tier      VARCHAR(64) NOT NULL,
    group_count INTEGER,
    errors    INTEGER NOT NULL,
    warnings  INTEGER NOT NULL,
    PRIMARY KEY (run_id, area, tier)
);

INSERT INTO run_cells (run_id, area, area_name, tier, group_count, errors, warnings)
SELECT run_id, COALESCE(area, ''), NULL, tier, NULL,
       SUM(CASE WHEN severity = 'ERROR' AND waived = 0 THEN 1 ELSE 0 END),
       SUM(CASE WHEN severity = 'WARNING' AND waived = 0 THEN 1 ELSE 0 END)
FROM findings
WHERE tier IS NOT NULL
GROUP BY run_id, COALESCE(area, ''), tier;
