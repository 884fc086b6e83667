-- Batch credential binding jobs: up to 1,000 people's enrolments asked for in one call and made
-- in the background, resumably. Each person is an item; an item is marked done in the transaction
-- that makes its job (and queues its email), so no job is made twice. A lease lets one replica
-- work a batch at a time; another takes over when the lease runs out.
CREATE TABLE batch_binding_jobs (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    realm_id TEXT NOT NULL REFERENCES realms (id) ON DELETE CASCADE,
    -- the job template as given (JSON)
    job_template TEXT NOT NULL,
    -- who asked, to make each job as them (JSON)
    actor TEXT NOT NULL,
    total INTEGER NOT NULL,
    pending INTEGER NOT NULL,
    lease_until INTEGER,
    create_time INTEGER NOT NULL,
    update_time INTEGER NOT NULL
);
CREATE INDEX batch_binding_jobs_pending ON batch_binding_jobs (pending, lease_until);
CREATE TABLE batch_binding_job_items (
    batch_id TEXT NOT NULL REFERENCES batch_binding_jobs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    identity_id TEXT NOT NULL,
    -- PENDING, CREATED or FAILED
    state TEXT NOT NULL,
    job_id TEXT,
    error TEXT,
    PRIMARY KEY (batch_id, position)
);
