-- One rating per person, day and source; one unsaved exception draft per person and case.
-- (The services look these up as single rows; two devices saving at once must not make two.)
ALTER TABLE scale_rating ADD CONSTRAINT uk_rating_day UNIQUE (case_id, client_id, rated_on, source);
ALTER TABLE exception_entry ADD COLUMN draft_owner BIGINT AS (IF(draft, client_id, NULL)) PERSISTENT;
ALTER TABLE exception_entry ADD CONSTRAINT uk_exception_draft UNIQUE (case_id, draft_owner);
