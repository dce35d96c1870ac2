-- Issue 13: the therapist's home screen. Each therapist's own thresholds for "needs attention"
-- (a row only once they change one; the defaults live in the code).
CREATE TABLE attention_settings (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    therapist_id       BIGINT      NOT NULL,
    rating_drop_points INT         NOT NULL,
    rating_drop_days   INT         NOT NULL,
    review_wait_days   INT         NOT NULL,
    overdue_days       INT         NOT NULL,
    no_session_days    INT         NOT NULL,
    no_moment_days     INT         NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_attention_settings_therapist UNIQUE (therapist_id),
    CONSTRAINT fk_attention_settings_therapist FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Seen, leave it": one per therapist, case, kind of reason and partner (client_id 0: a reason about
-- the whole case). It hides the reason while nothing
-- newer than acknowledged_at feeds it (decision record 020); acknowledging again moves the time.
CREATE TABLE attention_acknowledgement (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    therapist_id    BIGINT      NOT NULL,
    case_id         BIGINT      NOT NULL,
    kind            VARCHAR(24) NOT NULL,
    client_id       BIGINT      NOT NULL DEFAULT 0,
    acknowledged_at DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_attention_ack UNIQUE (therapist_id, case_id, kind, client_id),
    CONSTRAINT fk_attention_ack_therapist FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_attention_ack_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT ck_attention_ack_kind CHECK (kind IN ('RATING_FELL', 'WAITING_REVIEW', 'OVERDUE_HOMEWORK',
                                                     'NO_SESSION', 'NO_MOMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The home screen reads a whole caseload at once; these keep its per-partner questions on the index:
-- each partner's latest moment, the unreviewed moments, and 8 weeks of ratings averaged per partner
-- and week from the index alone, without reading two years of rows.
CREATE INDEX ix_exception_case_client_time ON exception_entry (case_id, client_id, draft, withdrawn_at, happened_at);
CREATE INDEX ix_exception_unreviewed ON exception_entry (case_id, reviewed, draft, withdrawn_at);
CREATE INDEX ix_rating_case_day_value ON scale_rating (case_id, rated_on, client_id, value);

-- A same-day re-rating changes the row in place; its time tells the home screen something new came.
ALTER TABLE scale_rating ADD COLUMN updated_at DATETIME(6) NULL;
