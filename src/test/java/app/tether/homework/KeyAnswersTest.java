package app.tether.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed summary's key answers read as sentences: no ".;" where list items end their own sentence. */
class KeyAnswersTest {

    @Test
    void items_that_end_a_sentence_are_joined_by_a_space() {
        assertThat(KeyAnswers.join(List.of("First evening: pasta.", "Second evening: tea", "Third: dumplings!")))
                .isEqualTo("First evening: pasta. Second evening: tea; Third: dumplings!");
        assertThat(KeyAnswers.join(List.of("早上喝咖啡。", "一起做饭"))).isEqualTo("早上喝咖啡。 一起做饭");
    }

    @Test
    void short_items_keep_the_semicolon() {
        assertThat(KeyAnswers.join(List.of("honesty", "warmth", "fun"))).isEqualTo("honesty; warmth; fun");
    }
}
