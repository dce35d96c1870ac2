-- Therapeutic letters (issue 15): a therapist writes to one or both clients of a case. A draft is
-- edited (version guards it); a sent letter is never changed, only followed by another letter
-- (follows_id). Who a letter is addressed to is its own table, so a partner reads only their own.
CREATE TABLE letter (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    case_id     BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    follows_id  BIGINT      NULL,
    body        MEDIUMTEXT  NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    sent_at     DATETIME(6) NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_letter_case (case_id, created_at),
    CONSTRAINT fk_letter_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_letter_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_letter_follows FOREIGN KEY (follows_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE letter_recipient (
    letter_id  BIGINT NOT NULL,
    client_id  BIGINT NOT NULL,
    PRIMARY KEY (letter_id, client_id),
    INDEX ix_letter_recipient_client (client_id),
    CONSTRAINT fk_letter_recipient_letter FOREIGN KEY (letter_id) REFERENCES letter (id) ON DELETE CASCADE,
    CONSTRAINT fk_letter_recipient_client FOREIGN KEY (client_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
