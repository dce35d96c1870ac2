-- Session records: one row per session held with a case. The number is not stored: it is the
-- session's place in date order, so a late-entered earlier session numbers correctly.
-- In-session ratings live in scale_rating (source SESSION) so they join the trend.
CREATE TABLE therapy_session (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    case_id    BIGINT      NOT NULL,
    held_at    DATETIME(6) NOT NULL,
    stage      INT         NULL,
    notes      TEXT        NULL,
    created_by BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_author FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_session_stage CHECK (stage IS NULL OR stage BETWEEN 1 AND 6),
    INDEX ix_session_case_time (case_id, held_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who attended (one or both partners).
CREATE TABLE session_attendee (
    session_id BIGINT NOT NULL,
    client_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, client_id),
    CONSTRAINT fk_attendee_session FOREIGN KEY (session_id) REFERENCES therapy_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendee_client FOREIGN KEY (client_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Homework set at a session, for "homework set for next time".
CREATE TABLE session_homework (
    session_id    BIGINT NOT NULL,
    assignment_id BIGINT NOT NULL,
    PRIMARY KEY (session_id, assignment_id),
    CONSTRAINT fk_sh_session FOREIGN KEY (session_id) REFERENCES therapy_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_sh_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT uk_sh_assignment UNIQUE (assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail: who did what to which case, and when. Never updated or deleted by the app.
CREATE TABLE audit_event (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    at         DATETIME(6)  NOT NULL,
    actor_id   BIGINT       NOT NULL,
    action     VARCHAR(48)  NOT NULL,
    case_id    BIGINT       NULL,
    subject_id BIGINT       NULL,
    detail     VARCHAR(255) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    INDEX ix_audit_at (at),
    INDEX ix_audit_case (case_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
