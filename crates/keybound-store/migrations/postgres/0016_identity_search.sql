-- "Contains" and "starts with" searches of usernames, email addresses and names, at a million
-- identities: trigram indexes (pg_trgm) for "contains", byte-order indexes for "starts with".
-- Where the extension cannot be installed, "contains" still works, by reading the realm's
-- identities.

CREATE INDEX identities_username_prefix ON identities (realm_id, username_key text_pattern_ops);
CREATE INDEX identities_email_prefix ON identities (realm_id, email_key text_pattern_ops);

DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): searches that contain text read every identity', SQLERRM;
END $$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX identities_username_trgm ON identities USING gin (username_key gin_trgm_ops);
        CREATE INDEX identities_email_trgm ON identities USING gin (email_key gin_trgm_ops);
        CREATE INDEX identities_name_trgm ON identities USING gin (lower(display_name) gin_trgm_ops);
    END IF;
END $$;
