-- Lenses that change the work (issue 15): a practice's own exercise can be tagged with the lenses
-- it suits and with further stages it suits besides its own, so the assign form can suggest it to
-- a case working through that lens at that stage (decision record 032). Framework exercises are
-- never tagged. The client's optional lens prompts need no table: their answers are stored with
-- the submission under keys that name the lens (answer_value.field_key).
CREATE TABLE exercise_lens_tag (
    exercise_id BIGINT      NOT NULL,
    lens        VARCHAR(32) NOT NULL,
    PRIMARY KEY (exercise_id, lens),
    INDEX ix_exercise_lens_tag_lens (lens),
    CONSTRAINT fk_exercise_lens_tag_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exercise_stage_tag (
    exercise_id BIGINT NOT NULL,
    stage       INT    NOT NULL,
    PRIMARY KEY (exercise_id, stage),
    CONSTRAINT fk_exercise_stage_tag_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id) ON DELETE CASCADE,
    CONSTRAINT ck_exercise_stage_tag_stage CHECK (stage BETWEEN 1 AND 6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
