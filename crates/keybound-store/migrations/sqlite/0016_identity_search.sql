-- "Contains" and "starts with" searches of usernames, email addresses and names, at a million
-- identities: a trigram full-text index over them, kept by triggers.

CREATE VIRTUAL TABLE identity_search USING fts5(
    username_key, email_key, display_name,
    content = 'identities', content_rowid = 'seq', tokenize = 'trigram'
);
INSERT INTO identity_search (identity_search) VALUES ('rebuild');

CREATE TRIGGER identities_search_insert AFTER INSERT ON identities BEGIN
    INSERT INTO identity_search (rowid, username_key, email_key, display_name)
        VALUES (NEW.seq, NEW.username_key, NEW.email_key, NEW.display_name);
END;
CREATE TRIGGER identities_search_delete AFTER DELETE ON identities BEGIN
    INSERT INTO identity_search (identity_search, rowid, username_key, email_key, display_name)
        VALUES ('delete', OLD.seq, OLD.username_key, OLD.email_key, OLD.display_name);
END;
CREATE TRIGGER identities_search_update AFTER UPDATE OF username_key, email_key, display_name ON identities BEGIN
    INSERT INTO identity_search (identity_search, rowid, username_key, email_key, display_name)
        VALUES ('delete', OLD.seq, OLD.username_key, OLD.email_key, OLD.display_name);
    INSERT INTO identity_search (rowid, username_key, email_key, display_name)
        VALUES (NEW.seq, NEW.username_key, NEW.email_key, NEW.display_name);
END;
