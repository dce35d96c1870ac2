-- The exception log: moments when the problem was smaller. Drafts are the client's unsaved
-- entries (kept so nothing typed is lost); the therapist sees only saved ones.
CREATE TABLE exception_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    case_id     BIGINT       NOT NULL,
    client_id   BIGINT       NOT NULL,
    happened_at DATETIME(6)  NOT NULL,
    context     TEXT         NULL,
    behaviour   TEXT         NULL,
    thoughts    TEXT         NULL,
    emotions    TEXT         NULL,
    meaning     TEXT         NULL,
    significant BOOLEAN      NOT NULL DEFAULT FALSE,
    reviewed    BOOLEAN      NOT NULL DEFAULT FALSE,
    shared      BOOLEAN      NOT NULL DEFAULT FALSE,
    draft       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_exception_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_exception_client FOREIGN KEY (client_id) REFERENCES account (id),
    INDEX ix_exception_case_time (case_id, draft, happened_at),
    INDEX ix_exception_client_time (client_id, happened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exception_tag (
    entry_id BIGINT      NOT NULL,
    tag      VARCHAR(60) NOT NULL,
    PRIMARY KEY (entry_id, tag),
    CONSTRAINT fk_exception_tag FOREIGN KEY (entry_id) REFERENCES exception_entry (id) ON DELETE CASCADE,
    INDEX ix_exception_tag (tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The 1-10 scale: the client at home, the homework's Scale Positioning, and (later) sessions.
CREATE TABLE scale_rating (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    case_id    BIGINT       NOT NULL,
    client_id  BIGINT       NOT NULL,
    rated_on   DATE         NOT NULL,
    value      INT          NOT NULL,
    note       VARCHAR(500) NULL,
    source     VARCHAR(16)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_rating_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_rating_client FOREIGN KEY (client_id) REFERENCES account (id),
    CONSTRAINT ck_rating_value CHECK (value BETWEEN 1 AND 10),
    CONSTRAINT ck_rating_source CHECK (source IN ('HOME', 'HOMEWORK', 'SESSION')),
    INDEX ix_rating_case_day (case_id, rated_on),
    INDEX ix_rating_client_day (client_id, rated_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scale_target (
    case_id BIGINT NOT NULL,
    low     INT    NOT NULL,
    high    INT    NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_target_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT ck_target_band CHECK (low BETWEEN 1 AND 10 AND high BETWEEN 1 AND 10 AND low <= high)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
