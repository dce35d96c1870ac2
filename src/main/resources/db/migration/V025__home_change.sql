-- Cross-node live home updates (issue 16, docs/decisions/027): each write a home screen shows adds
-- one row in its own transaction; every node polls for rows newer than the last it saw and tells
-- its open home screens. Rows are pruned after a few minutes, so the table stays small.
CREATE TABLE home_change (
    seq        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT      NOT NULL,
    node_id    VARCHAR(64) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    INDEX ix_home_change_changed_at (changed_at)
) ENGINE = InnoDB;
