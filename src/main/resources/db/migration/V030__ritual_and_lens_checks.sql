-- Issue 15 review: the enum columns of V028 and V029 get CHECK constraints like the other tables, and
-- a ritual always has a name: a suggestion's (a message key) or one typed in someone's own words.
ALTER TABLE ritual ADD CONSTRAINT ck_ritual_frequency CHECK (frequency IN ('DAILY', 'WEEKLY'));
ALTER TABLE ritual ADD CONSTRAINT ck_ritual_suggestion
    CHECK (suggestion IS NULL OR suggestion IN ('CHECK_IN', 'KIND_GESTURE', 'SECURITY_MESSAGE'));
ALTER TABLE ritual ADD CONSTRAINT ck_ritual_named CHECK (suggestion IS NOT NULL OR name IS NOT NULL);
ALTER TABLE exercise_lens_tag ADD CONSTRAINT ck_exercise_lens_tag_lens
    CHECK (lens IN ('IDENTITY_MIGRATION', 'NARRATIVE', 'RELATIONSHIP_IMAGES', 'CONNECTION', 'THERAPEUTIC_LETTERS'));
