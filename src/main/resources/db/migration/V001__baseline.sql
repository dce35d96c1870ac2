-- Accounts: one per person, one role each.
CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'THERAPIST', 'CLIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A case: one client or a couple, one treating therapist, optionally enrolled in the programme.
CREATE TABLE care_case (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(16) NOT NULL,
    therapist_id    BIGINT      NOT NULL,
    lens            VARCHAR(32) NULL,
    programme_start DATE        NULL,
    current_stage   INT         NULL,
    created_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_therapist FOREIGN KEY (therapist_id) REFERENCES account (id),
    CONSTRAINT ck_case_kind CHECK (kind IN ('INDIVIDUAL', 'COUPLE')),
    CONSTRAINT ck_case_stage CHECK (current_stage IS NULL OR current_stage BETWEEN 1 AND 6),
    INDEX ix_case_therapist (therapist_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_client (
    case_id   BIGINT NOT NULL,
    client_id BIGINT NOT NULL,
    position  INT    NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT uk_case_client UNIQUE (case_id, client_id),
    CONSTRAINT fk_case_client_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_client_account FOREIGN KEY (client_id) REFERENCES account (id),
    INDEX ix_case_client_client (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every stage move, forwards or back, with the therapist's reason.
CREATE TABLE stage_change (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    from_stage    INT           NULL,
    to_stage      INT           NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    changed_on    DATE          NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    changed_by_id BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_stage_change_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_stage_change_by FOREIGN KEY (changed_by_id) REFERENCES account (id),
    INDEX ix_stage_change_case (case_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
