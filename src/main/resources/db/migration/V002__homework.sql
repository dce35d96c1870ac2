-- Exercise library: the 18 framework exercises (text held as message keys, builtin = TRUE)
-- and the practice's own exercises (literal text). Editing an exercise never touches homework:
-- an assignment carries its own copy of the title, instructions and prompt fields.
CREATE TABLE exercise (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    code         VARCHAR(48)   NULL,
    builtin      BOOLEAN       NOT NULL DEFAULT FALSE,
    stage        INT           NOT NULL,
    title        VARCHAR(160)  NOT NULL,
    instructions VARCHAR(4000) NOT NULL,
    recurrence   VARCHAR(16)   NULL,
    partner      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by   BIGINT        NULL,
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_exercise_code UNIQUE (code),
    CONSTRAINT fk_exercise_author FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_exercise_stage CHECK (stage BETWEEN 1 AND 6),
    INDEX ix_exercise_stage (stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exercise_field (
    exercise_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    field_key    VARCHAR(48)   NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    label        VARCHAR(300)  NOT NULL,
    help         VARCHAR(600)  NULL,
    min_items    INT           NOT NULL DEFAULT 0,
    max_items    INT           NOT NULL DEFAULT 1,
    max_length   INT           NOT NULL DEFAULT 2000,
    source       VARCHAR(100)  NULL,
    PRIMARY KEY (exercise_id, position),
    CONSTRAINT fk_exercise_field FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Homework: one assignment per client; a partner exercise gives each partner their own,
-- linked by pair_key so both see it is shared.
CREATE TABLE assignment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    case_id        BIGINT        NOT NULL,
    client_id      BIGINT        NOT NULL,
    exercise_id    BIGINT        NULL,
    exercise_code  VARCHAR(48)   NULL,
    builtin        BOOLEAN       NOT NULL,
    stage          INT           NOT NULL,
    title          VARCHAR(160)  NOT NULL,
    instructions   VARCHAR(4000) NOT NULL,
    recurrence     VARCHAR(16)   NULL,
    pair_key       VARCHAR(36)   NULL,
    note           VARCHAR(1000) NULL,
    due_on         DATE          NULL,
    status         VARCHAR(16)   NOT NULL,
    assigned_at    DATETIME(6)   NOT NULL,
    assigned_by    BIGINT        NOT NULL,
    submitted_at   DATETIME(6)   NULL,
    reviewed_at    DATETIME(6)   NULL,
    review_comment VARCHAR(2000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_client FOREIGN KEY (client_id) REFERENCES account (id),
    CONSTRAINT fk_assignment_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE SET NULL,
    CONSTRAINT fk_assignment_by FOREIGN KEY (assigned_by) REFERENCES account (id),
    CONSTRAINT ck_assignment_status CHECK (status IN ('OPEN', 'SUBMITTED', 'REVIEWED', 'CANCELLED')),
    INDEX ix_assignment_case (case_id, status),
    INDEX ix_assignment_client (client_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assignment_field (
    assignment_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    field_key     VARCHAR(48)  NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    label         VARCHAR(300) NOT NULL,
    help          VARCHAR(600) NULL,
    min_items     INT          NOT NULL DEFAULT 0,
    max_items     INT          NOT NULL DEFAULT 1,
    max_length    INT          NOT NULL DEFAULT 2000,
    source        VARCHAR(100) NULL,
    PRIMARY KEY (assignment_id, position),
    CONSTRAINT fk_assignment_field FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The client's answers: one draft (saved as they type) and numbered submissions (kept).
CREATE TABLE answer_set (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT      NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    number        INT         NOT NULL,
    saved_at      DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_answer_set_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT uk_answer_set UNIQUE (assignment_id, kind, number),
    CONSTRAINT ck_answer_set_kind CHECK (kind IN ('DRAFT', 'SUBMISSION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE answer_value (
    answer_set_id BIGINT      NOT NULL,
    field_key     VARCHAR(48) NOT NULL,
    position      INT         NOT NULL,
    value         TEXT        NOT NULL,
    PRIMARY KEY (answer_set_id, field_key, position),
    CONSTRAINT fk_answer_value FOREIGN KEY (answer_set_id) REFERENCES answer_set (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
