-- What a therapist has seen, shared or may have printed is not lost when a client changes their mind.
-- A client's delete of such an entry withdraws it: it leaves the clients' views and stays for the therapist.
ALTER TABLE exception_entry ADD COLUMN withdrawn_at DATETIME(6) NULL;

-- An edit of such an entry keeps the version it replaced (the moment, the five prompts, the tags and flags
-- as they were, when it had been saved) with who replaced it and when.
CREATE TABLE exception_entry_version (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    entry_id     BIGINT      NOT NULL,
    happened_at  DATETIME(6) NOT NULL,
    context      TEXT        NULL,
    behaviour    TEXT        NULL,
    thoughts     TEXT        NULL,
    emotions     TEXT        NULL,
    meaning      TEXT        NULL,
    significant  BOOLEAN     NOT NULL,
    was_reviewed BOOLEAN     NOT NULL,
    was_shared   BOOLEAN     NOT NULL,
    saved_at     DATETIME(6) NOT NULL,
    replaced_by  BIGINT      NOT NULL,
    replaced_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_entry_version_entry FOREIGN KEY (entry_id) REFERENCES exception_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_entry_version_editor FOREIGN KEY (replaced_by) REFERENCES account (id),
    INDEX ix_entry_version_entry (entry_id, replaced_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exception_entry_version_tag (
    version_id BIGINT      NOT NULL,
    tag        VARCHAR(60) NOT NULL,
    PRIMARY KEY (version_id, tag),
    CONSTRAINT fk_entry_version_tag FOREIGN KEY (version_id) REFERENCES exception_entry_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A session record's earlier versions keep the in-session ratings they had, per partner.
CREATE TABLE session_revision_rating (
    revision_id BIGINT NOT NULL,
    client_id   BIGINT NOT NULL,
    rating      INT    NOT NULL,
    PRIMARY KEY (revision_id, client_id),
    CONSTRAINT fk_revision_rating_revision FOREIGN KEY (revision_id) REFERENCES session_revision (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_revision_rating_client FOREIGN KEY (client_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
