-- Issue 15, the weekly loop (decision record 034): an exercise can recur every week. Each week of a
-- weekly exercise is its own assignment row (its own draft, numbered submissions, review and due day,
-- the week's Sunday); the weeks of one series share series_key, and week_of is the week's Monday.
ALTER TABLE assignment ADD COLUMN series_key VARCHAR(36) NULL AFTER pair_key;
ALTER TABLE assignment ADD COLUMN week_of DATE NULL AFTER series_key;
-- One piece per series and week: two windows opening the new week at once create it once.
ALTER TABLE assignment ADD CONSTRAINT uk_assignment_series_week UNIQUE (series_key, week_of);
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_recurrence CHECK (recurrence IS NULL OR recurrence IN ('DAILY', 'WEEKLY'));
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_weekly
    CHECK ((recurrence <=> 'WEEKLY') = (series_key IS NOT NULL AND week_of IS NOT NULL));
ALTER TABLE exercise ADD CONSTRAINT ck_exercise_recurrence CHECK (recurrence IS NULL OR recurrence IN ('DAILY', 'WEEKLY'));
