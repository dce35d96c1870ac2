-- Accounts created or reset by the admin get a temporary password that must be replaced at the
-- next sign-in.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
