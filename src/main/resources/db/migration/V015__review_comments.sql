-- Review comments move out of the assignment so that there can be several: a comment can be
-- edited until the client has read it (read_at), then a new one follows.
CREATE TABLE review_comment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT        NOT NULL,
    case_id       BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    edited_at     DATETIME(6)   NULL,
    read_at       DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_comment_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_comment_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_comment_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_review_comment_assignment (assignment_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Nobody can tell whether a client saw a comment written before reading was tracked, so those
-- count as read from the moment they were written: they are never changed under a client's eyes.
INSERT INTO review_comment (assignment_id, case_id, author_id, body, written_at, read_at, version)
SELECT id, case_id, assigned_by, review_comment, COALESCE(reviewed_at, assigned_at), COALESCE(reviewed_at, assigned_at), 0
FROM assignment
WHERE review_comment IS NOT NULL AND TRIM(review_comment) <> '';

ALTER TABLE assignment DROP COLUMN review_comment;

-- The therapist's list of sent work waiting for review, oldest first.
CREATE INDEX ix_assignment_waiting ON assignment (status, submitted_at);
