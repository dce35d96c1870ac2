-- Issue 14: the client sees which of their moments the therapist marked significant. "significant"
-- stays the one flag lists and summaries sort by (the client's "feels important" or the therapist's
-- mark); this column says the therapist set it, so a client's edit cannot clear it and the client's
-- log can say so. Marks made before this column existed cannot be told apart and stay the client's.
ALTER TABLE exception_entry ADD COLUMN significant_by_therapist BOOLEAN NOT NULL DEFAULT FALSE AFTER significant;
