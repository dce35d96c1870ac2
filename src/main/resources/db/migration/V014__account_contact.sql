-- Contact details the practice keeps for its own use (not shown to other users). Optional.
ALTER TABLE account
    ADD COLUMN contact_email VARCHAR(254) NULL,
    ADD COLUMN contact_phone VARCHAR(32)  NULL;
