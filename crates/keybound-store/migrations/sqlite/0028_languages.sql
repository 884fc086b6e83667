-- Languages: the one a person chose, and a realm's default language and time zone (for email).
ALTER TABLE identities ADD COLUMN locale TEXT;
ALTER TABLE realm_settings ADD COLUMN default_language TEXT;
ALTER TABLE realm_settings ADD COLUMN time_zone TEXT;
