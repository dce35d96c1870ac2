-- The audit trail becomes a keyed hash chain: who (id, username, role), from where, which entity,
-- the outcome, its place in the chain and its HMAC. Lines written before the chain existed keep
-- seq NULL and are listed as predating it (chain_start_id); any later line outside the chain is
-- reported by the check.
ALTER TABLE audit_event
    MODIFY actor_id BIGINT NULL,
    MODIFY detail VARCHAR(1000) NULL,
    ADD COLUMN seq            BIGINT       NULL AFTER id,
    ADD COLUMN actor_name     VARCHAR(100) NULL AFTER actor_id,
    ADD COLUMN actor_role     VARCHAR(16)  NULL AFTER actor_name,
    ADD COLUMN remote_address VARCHAR(64)  NULL AFTER actor_role,
    ADD COLUMN entity_type    VARCHAR(48)  NULL AFTER case_id,
    ADD COLUMN outcome        VARCHAR(16)  NOT NULL DEFAULT 'SUCCESS' AFTER detail,
    ADD COLUMN prev_hash      CHAR(64)     NULL,
    ADD COLUMN hash           CHAR(64)     NULL,
    ADD CONSTRAINT uk_audit_seq UNIQUE (seq),
    ADD INDEX ix_audit_actor (actor_id, at),
    ADD INDEX ix_audit_action (action, at);

-- One row; appending locks it, so lines from several application nodes form one order.
CREATE TABLE audit_chain_head (
    id             TINYINT  NOT NULL,
    seq            BIGINT   NOT NULL,
    last_hash      CHAR(64) NOT NULL,
    chain_start_id BIGINT   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, seq, last_hash, chain_start_id)
SELECT 1, 0, REPEAT('0', 64), COALESCE(MAX(id), 0) FROM audit_event;

-- Who treated a case when: one row per assignment, the current one open-ended.
CREATE TABLE case_therapist_history (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    case_id       BIGINT      NOT NULL,
    therapist_id  BIGINT      NOT NULL,
    assigned_at   DATETIME(6) NOT NULL,
    assigned_by   BIGINT      NULL,
    ended_at      DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cth_case FOREIGN KEY (case_id) REFERENCES care_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_cth_therapist FOREIGN KEY (therapist_id) REFERENCES account (id),
    CONSTRAINT fk_cth_by FOREIGN KEY (assigned_by) REFERENCES account (id),
    INDEX ix_cth_case (case_id, assigned_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO case_therapist_history (case_id, therapist_id, assigned_at)
SELECT id, therapist_id, created_at FROM care_case;
