-- Appointments: planned sessions. Day and start are wall-clock times in the practice's time zone
-- (tether.practice.time-zone), so 10:00 stays 10:00 across a daylight-saving change.
-- A series is only what was asked for; each occurrence is its own row, moved or cancelled alone.
CREATE TABLE appointment_series (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    case_id     BIGINT      NOT NULL,
    every_weeks INT         NOT NULL,
    first_day   DATE        NOT NULL,
    until_day   DATE        NULL,
    occurrences INT         NULL,
    created_by  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_series_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_series_author FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_series_every CHECK (every_weeks IN (1, 2))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    case_id       BIGINT        NOT NULL,
    series_id     BIGINT        NULL,
    day           DATE          NOT NULL,
    starts_at     TIME          NOT NULL,
    minutes       INT           NOT NULL,
    mode          VARCHAR(16)   NOT NULL,
    place         VARCHAR(1000) NULL,
    status        VARCHAR(16)   NOT NULL,
    cancelled_by  VARCHAR(16)   NULL,
    notice_hours  INT           NULL,
    session_id    BIGINT        NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_appointment_series FOREIGN KEY (series_id) REFERENCES appointment_series (id) ON DELETE SET NULL,
    CONSTRAINT fk_appointment_session FOREIGN KEY (session_id) REFERENCES therapy_session (id) ON DELETE SET NULL,
    CONSTRAINT fk_appointment_author FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT uk_appointment_session UNIQUE (session_id),
    CONSTRAINT ck_appointment_minutes CHECK (minutes BETWEEN 5 AND 600),
    INDEX ix_appointment_case_day (case_id, day, starts_at),
    INDEX ix_appointment_day (day, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which partners are expected: a partner's individual appointment is not shown to the other.
CREATE TABLE appointment_partner (
    appointment_id BIGINT NOT NULL,
    client_id      BIGINT NOT NULL,
    PRIMARY KEY (appointment_id, client_id),
    CONSTRAINT fk_ap_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id) ON DELETE CASCADE,
    CONSTRAINT fk_ap_client FOREIGN KEY (client_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A therapist's private calendar feed: whoever has the token reads the feed, so it is long,
-- random and revocable (a new one replaces it).
CREATE TABLE calendar_feed (
    therapist_id BIGINT      NOT NULL,
    token        VARCHAR(64) NOT NULL,
    full_names   BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (therapist_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (therapist_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
