-- Ceremonies in flight and rate-limit counters change on every passkey ceremony and matter for
-- minutes at most. Unlogged, they write nothing to the write-ahead log, so a ceremony's begin
-- commits without waiting for a flush to disk. After a crash of PostgreSQL (not a clean
-- restart), and on a standby that is promoted, they start empty: a ceremony in flight is refused
-- and begun again, and rate-limit windows start over. A consumed ceremony never comes back.
ALTER TABLE ceremonies SET UNLOGGED;
ALTER TABLE rate_limits SET UNLOGGED;
