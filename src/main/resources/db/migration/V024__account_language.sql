-- Each person's language (issue 17). NULL: not chosen yet; the browser's language decides until
-- the person picks one on their profile page. Values are Language tags ('en-GB', 'zh-CN').
ALTER TABLE account ADD COLUMN language VARCHAR(16) NULL;
ALTER TABLE account ADD CONSTRAINT ck_account_language CHECK (language IS NULL OR language IN ('en-GB', 'zh-CN'));
