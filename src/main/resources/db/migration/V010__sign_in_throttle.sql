-- Failed sign-ins, one row each, kept only as long as the throttle window needs them. In the
-- database rather than in memory so the limits hold across nodes and restarts.
CREATE TABLE sign_in_failure (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    throttle_key VARCHAR(191) NOT NULL,
    failed_at DATETIME(6) NOT NULL,
    INDEX ix_sign_in_failure_key (throttle_key, failed_at),
    INDEX ix_sign_in_failure_at (failed_at)
);

-- A temporary password from the admin stops working after this moment; NULL for one's own.
ALTER TABLE account ADD COLUMN temporary_password_expires_at DATETIME(6) NULL;
