-- Issue 16: a new moment carries the key its form made when the moment was started, kept across
-- retries. A retry after a save that committed but whose answer was lost (the person clicks again)
-- finds the key and gets the entry back instead of a second one. Unique per author; NULL for
-- drafts, edits and entries from before this column (MariaDB lets any number of NULLs through).
ALTER TABLE exception_entry ADD COLUMN request_key CHAR(36) NULL AFTER client_id;
CREATE UNIQUE INDEX ux_exception_entry_request_key ON exception_entry (client_id, request_key);
