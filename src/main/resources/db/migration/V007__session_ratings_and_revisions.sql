-- In-session ratings belong to their session, so two sessions of a case on one day keep their own.
-- Other ratings stay one per person, day and source (session_key 0).
ALTER TABLE scale_rating ADD COLUMN session_id BIGINT NULL;
ALTER TABLE scale_rating ADD COLUMN session_key BIGINT AS (IFNULL(session_id, 0)) PERSISTENT;
ALTER TABLE scale_rating DROP INDEX uk_rating_day;
ALTER TABLE scale_rating ADD CONSTRAINT uk_rating_day UNIQUE (case_id, client_id, rated_on, source, session_key);
ALTER TABLE scale_rating ADD CONSTRAINT fk_rating_session FOREIGN KEY (session_id) REFERENCES therapy_session (id)
    ON DELETE CASCADE;

-- Session records keep every version: each edit stores the version it replaced (its time, who
-- attended, notes, when it had been saved) with who replaced it and when.
CREATE TABLE session_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    session_id  BIGINT       NOT NULL,
    revision    INT          NOT NULL,
    held_at     DATETIME(6)  NOT NULL,
    attendees   VARCHAR(255) NOT NULL,
    notes       TEXT         NULL,
    saved_at    DATETIME(6)  NOT NULL,
    replaced_by BIGINT       NOT NULL,
    replaced_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_revision_session FOREIGN KEY (session_id) REFERENCES therapy_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_revision_editor FOREIGN KEY (replaced_by) REFERENCES account (id),
    CONSTRAINT uk_revision UNIQUE (session_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
