-- Joint exercises for couples (issue 15, decision record 033): one shared answer for both partners of
-- a pair, every save of it kept with its author, and each partner's private notes beside it.
ALTER TABLE assignment ADD COLUMN joint BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE joint_answer (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    case_id   BIGINT      NOT NULL,
    pair_key  VARCHAR(36) NOT NULL,
    saves     INT         NOT NULL DEFAULT 0,
    version   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_answer_pair UNIQUE (pair_key),
    CONSTRAINT fk_joint_answer_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each save of the shared answer, numbered from 1; sent_number names the submission it became.
CREATE TABLE joint_answer_version (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    joint_answer_id  BIGINT      NOT NULL,
    number           INT         NOT NULL,
    author_id        BIGINT      NOT NULL,
    saved_at         DATETIME(6) NOT NULL,
    sent_number      INT         NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_answer_version UNIQUE (joint_answer_id, number),
    CONSTRAINT fk_joint_version_answer FOREIGN KEY (joint_answer_id) REFERENCES joint_answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_joint_version_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE joint_version_value (
    joint_version_id BIGINT      NOT NULL,
    field_key        VARCHAR(48) NOT NULL,
    position         INT         NOT NULL,
    value            TEXT        NOT NULL,
    PRIMARY KEY (joint_version_id, field_key, position),
    CONSTRAINT fk_joint_version_value FOREIGN KEY (joint_version_id) REFERENCES joint_answer_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per partner, made with the joint answer; only its writer ever reads it.
CREATE TABLE joint_private_note (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    joint_answer_id  BIGINT      NOT NULL,
    client_id        BIGINT      NOT NULL,
    body             TEXT        NOT NULL,
    saved_at         DATETIME(6) NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_joint_private_note UNIQUE (joint_answer_id, client_id),
    CONSTRAINT fk_joint_note_answer FOREIGN KEY (joint_answer_id) REFERENCES joint_answer (id) ON DELETE CASCADE,
    CONSTRAINT fk_joint_note_client FOREIGN KEY (client_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
