package app.tether.homework;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.base.Translator;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The printed summary's key answers: moment ids left out, answers given per moment numbered, and
 * list items read as sentences (no ".;" where an item ends its own sentence).
 */
class KeyAnswersTest {

    @Test
    void answers_per_moment_say_which_moment_they_are_about() {
        var moments = new FieldSpec("moments", FieldKind.MOMENTS, "Moments", null, 1, 5, 20, null);
        var felt = new FieldSpec("felt", FieldKind.PER_MOMENT, "How it felt", null, 0, 1, 500, "moments");
        var answers = new Answers(Map.of("moments", List.of("11", "12", "13"), "felt", List.of("calm", " ", "warm")));
        List<HomeworkLine.KeyAnswer> key = KeyAnswers.of(List.of(moments, felt), answers, new Translator(), Locale.UK);
        assertThat(key).containsExactly(new HomeworkLine.KeyAnswer("How it felt", "Moment 1: calm; Moment 3: warm"));
    }

    @Test
    void a_chinese_reader_gets_the_moment_numbers_in_chinese() {
        var moments = new FieldSpec("moments", FieldKind.MOMENTS, "Moments", null, 1, 5, 20, null);
        var felt = new FieldSpec("felt", FieldKind.PER_MOMENT, "How it felt", null, 0, 1, 500, "moments");
        var answers = new Answers(Map.of("moments", List.of("11", "12", "13"), "felt", List.of("平静", " ", "温暖")));
        List<HomeworkLine.KeyAnswer> key = KeyAnswers.of(List.of(moments, felt), answers, new Translator(),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(key).containsExactly(new HomeworkLine.KeyAnswer("How it felt", "第 1 个时刻：平静；第 3 个时刻：温暖"));
    }

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
