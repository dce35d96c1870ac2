-- Couples together (issue 15): whether a couple is ready for exercises that have the partners talk
-- together, as a history of assessments (the latest one counts), and the rituals a case has agreed
-- with the partners' ticks. See decision record 031.
CREATE TABLE couple_readiness (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    ready        BOOLEAN      NOT NULL,
    assessed_on  DATE         NOT NULL,
    note         VARCHAR(500) NULL,
    recorded_by  BIGINT       NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_couple_readiness_case (case_id, assessed_on, id),
    CONSTRAINT fk_couple_readiness_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_couple_readiness_by FOREIGN KEY (recorded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ritual is named by a suggestion (a message key, so it reads in each person's language) or in
-- someone's own words. Stopping keeps it and its ticks (ended_at), so past weeks still count.
CREATE TABLE ritual (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    case_id     BIGINT       NOT NULL,
    suggestion  VARCHAR(32)  NULL,
    name        VARCHAR(120) NULL,
    frequency   VARCHAR(8)   NOT NULL,
    note        VARCHAR(500) NULL,
    created_by  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    ended_at    DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_ritual_case (case_id, created_at),
    CONSTRAINT fk_ritual_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_ritual_created_by FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One tick per partner per period: the day for a daily ritual, the Monday of the week (practice
-- time zone) for a weekly one. The unique key makes a double tap count once.
CREATE TABLE ritual_tick (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    ritual_id     BIGINT      NOT NULL,
    client_id     BIGINT      NOT NULL,
    period_start  DATE        NOT NULL,
    done_on       DATE        NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_ritual_tick_period (ritual_id, client_id, period_start),
    INDEX ix_ritual_tick_done (ritual_id, done_on),
    CONSTRAINT fk_ritual_tick_ritual FOREIGN KEY (ritual_id) REFERENCES ritual (id) ON DELETE CASCADE,
    CONSTRAINT fk_ritual_tick_client FOREIGN KEY (client_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
