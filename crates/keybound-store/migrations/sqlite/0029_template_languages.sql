-- An email template's language: a variant for the people who read that language (none: for
-- everyone without a variant of their own).
ALTER TABLE email_templates ADD COLUMN language TEXT;
