-- A joint exercise (decision record 033) is one shared answer of a pair, written once: it always has
-- its pair and never recurs (the services refuse both; this keeps the database to it as well).
-- Rows from before the rule that break it are each partner's own again.
UPDATE assignment SET joint = FALSE WHERE joint AND (pair_key IS NULL OR recurrence IS NOT NULL);
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_joint CHECK (NOT joint OR (pair_key IS NOT NULL AND recurrence IS NULL));
