-- Ceremonies in flight and rate-limit counters are written on every passkey ceremony and read
-- by their key. Kept in one B-tree by that key (WITHOUT ROWID), a row is one entry to
-- write instead of a table row and an index entry: fewer pages written per ceremony.
CREATE TABLE ceremonies_by_id (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL,
    state TEXT NOT NULL,
    expire_time INTEGER NOT NULL,
    purpose TEXT NOT NULL DEFAULT 'binding'
) WITHOUT ROWID;
INSERT INTO ceremonies_by_id (id, job_id, state, expire_time, purpose)
    SELECT id, job_id, state, expire_time, purpose FROM ceremonies;
DROP TABLE ceremonies;
ALTER TABLE ceremonies_by_id RENAME TO ceremonies;
CREATE INDEX ceremonies_subject ON ceremonies (job_id, purpose);

CREATE TABLE rate_limits_by_key (
    key TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    count INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO rate_limits_by_key (key, window_start, count)
    SELECT key, window_start, count FROM rate_limits;
DROP TABLE rate_limits;
ALTER TABLE rate_limits_by_key RENAME TO rate_limits;
