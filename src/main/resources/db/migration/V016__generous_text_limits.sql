-- Issue 11: limits are generous where clients write reflections. A written homework answer may be
-- 6,000 characters (answer_value.value is TEXT); prompts still at the old default of 2,000 follow,
-- in the library and in homework already given. Shorter limits someone chose on purpose stay.
UPDATE exercise_field SET max_length = 6000 WHERE kind = 'TEXT' AND max_length = 2000;
UPDATE assignment_field SET max_length = 6000 WHERE kind = 'TEXT' AND max_length = 2000;

-- The therapist's personal note on a piece of homework: 2,000 characters instead of 1,000.
ALTER TABLE assignment MODIFY note VARCHAR(2000) NULL;

ALTER TABLE exercise_field ALTER max_length SET DEFAULT 6000;
ALTER TABLE assignment_field ALTER max_length SET DEFAULT 6000;
