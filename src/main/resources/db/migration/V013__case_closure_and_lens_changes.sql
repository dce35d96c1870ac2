-- A case can be closed (discharged) and reopened; while closed its record is read-only.
ALTER TABLE care_case
    ADD COLUMN closed_on     DATE          NULL,
    ADD COLUMN closed_reason VARCHAR(1000) NULL;

-- Every closing and reopening, with its date and reason; append-only.
CREATE TABLE case_closure (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    case_id        BIGINT        NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    effective_on   DATE          NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    recorded_by_id BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_closure_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_closure_by FOREIGN KEY (recorded_by_id) REFERENCES account (id),
    CONSTRAINT ck_case_closure_action CHECK (action IN ('CLOSED', 'REOPENED')),
    INDEX ix_case_closure_case (case_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of lens after enrolment, with the therapist's reason.
CREATE TABLE lens_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    from_lens     VARCHAR(32)   NOT NULL,
    to_lens       VARCHAR(32)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    changed_on    DATE          NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    changed_by_id BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lens_change_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_lens_change_by FOREIGN KEY (changed_by_id) REFERENCES account (id),
    INDEX ix_lens_change_case (case_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
