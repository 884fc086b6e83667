-- An organisation logo shown at the top of emails (an https URL), set in the console.
ALTER TABLE tenants ADD COLUMN logo_url TEXT;
