package app.tether;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.caseload.Lens;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every lens brings, at every stage, one or two client prompts and a therapist note, in both languages. */
class LensTextsTest {

    @Test
    void every_lens_and_stage_has_prompts_and_a_note_in_both_bundles() throws IOException {
        Map<String, String> en = BundleParityTest.load("translations.properties");
        Map<String, String> zh = BundleParityTest.load("translations_zh_CN.properties");
        for (Lens lens : Lens.values()) {
            for (int stage = 1; stage <= 6; stage++) {
                var prompts = lens.promptKeys(stage);
                assertThat(prompts).as("%s stage %d", lens, stage).hasSizeBetween(1, 2);
                for (String key : prompts.stream().toList()) {
                    assertThat(en.get(key)).as(key).isNotBlank();
                    assertThat(zh.get(key)).as(key).isNotBlank().isNotEqualTo(en.get(key));
                    assertThat(Lens.ofPromptKey(key)).contains(lens);
                    // Stored as an answer's field key (answer_value.field_key is 48 characters).
                    assertThat(key.length()).isLessThanOrEqualTo(48);
                }
                String note = lens.guidanceKey(stage);
                assertThat(en.get(note)).as(note).isNotBlank();
                assertThat(zh.get(note)).as(note).isNotBlank().isNotEqualTo(en.get(note));
                assertThat(Lens.ofPromptKey(note)).as("a note is not a prompt").isEmpty();
            }
        }
    }

    @Test
    void prompt_keys_name_their_own_lens_and_nothing_else_is_taken_for_one() {
        assertThat(Lens.ofPromptKey("lens.CONNECTION.s4.p1")).contains(Lens.CONNECTION);
        assertThat(Lens.ofPromptKey("tonight")).isEmpty();
        assertThat(Lens.ofPromptKey("lens.NOT_A_LENS.s1.p1")).isEmpty();
        assertThat(Lens.NARRATIVE.promptKeys(1)).doesNotContainAnyElementsOf(Lens.CONNECTION.promptKeys(1));
    }
}
