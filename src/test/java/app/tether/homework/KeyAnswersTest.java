package app.tether.homework;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The printed summary's key answers: moment ids left out, answers given per moment numbered. */
class KeyAnswersTest {

    @Test
    void answers_per_moment_say_which_moment_they_are_about() {
        var moments = new FieldSpec("moments", FieldKind.MOMENTS, "Moments", null, 1, 5, 20, null);
        var felt = new FieldSpec("felt", FieldKind.PER_MOMENT, "How it felt", null, 0, 1, 500, "moments");
        var answers = new Answers(Map.of("moments", List.of("11", "12", "13"), "felt", List.of("calm", " ", "warm")));
        List<HomeworkLine.KeyAnswer> key = KeyAnswers.of(List.of(moments, felt), answers, n -> "Moment " + n);
        assertThat(key).containsExactly(new HomeworkLine.KeyAnswer("How it felt", "Moment 1: calm; Moment 3: warm"));
    }
}
