-- Issue 14: the scaling questions' follow-ups on a rating, both optional: what keeps the rating
-- from being lower, and what one point higher would look like (its first small sign). One row per
-- person, day and source (per session for in-session ratings), so a same-day re-rating replaces them.
ALTER TABLE scale_rating ADD COLUMN not_lower TEXT NULL;
ALTER TABLE scale_rating ADD COLUMN one_higher TEXT NULL;

-- A session record's earlier versions keep the follow-ups each partner's rating had then.
ALTER TABLE session_revision_rating ADD COLUMN not_lower TEXT NULL;
ALTER TABLE session_revision_rating ADD COLUMN one_higher TEXT NULL;
