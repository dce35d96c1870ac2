-- Two-factor sign-in (TOTP). The secret is AES-GCM encrypted with a key kept outside the
-- database; the last accepted time-step makes every code single-use.
ALTER TABLE account
    ADD COLUMN totp_secret         VARCHAR(255) NULL,
    ADD COLUMN totp_enabled_at     DATETIME(6)  NULL,
    ADD COLUMN totp_last_step      BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN totp_failures       INT          NOT NULL DEFAULT 0,
    ADD COLUMN two_factor_required BOOLEAN      NOT NULL DEFAULT FALSE;

-- Ten single-use recovery codes per enrolment; only their SHA-256 is kept.
CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uk_recovery_code UNIQUE (account_id, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
