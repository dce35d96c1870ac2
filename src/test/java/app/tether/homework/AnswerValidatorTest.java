package app.tether.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.base.ValidationProblem;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

    static FieldSpec spec(FieldKind kind, int min, int max, int maxLength) {
        return new FieldSpec("f", kind, "label", null, min, max, maxLength, null);
    }

    static Answers answers(String... values) {
        return new Answers(Map.of("f", List.of(values)));
    }

    static ValidationProblem.FieldError problem(FieldSpec spec, Answers answers, Map<String, List<String>> picks) {
        try {
            AnswerValidator.validate(List.of(spec), answers, picks);
        } catch (ValidationProblem p) {
            return p.errors().getFirst();
        }
        throw new AssertionError("expected a problem");
    }

    static ValidationProblem.FieldError problem(FieldSpec spec, Answers answers) {
        return problem(spec, answers, Map.of());
    }

    @Test
    void required_text_must_not_be_blank_and_respects_its_limit() {
        var text = spec(FieldKind.TEXT, 1, 1, 10);
        assertThat(problem(text, answers("   ")).messageKey()).isEqualTo("validation.answer.required");
        assertThat(problem(text, Answers.empty()).messageKey()).isEqualTo("validation.answer.required");
        var tooLong = problem(text, answers("12345678901"));
        assertThat(tooLong.messageKey()).isEqualTo("validation.text.tooLong");
        assertThat(tooLong.args()).containsExactly(10, 11);
        assertThatCode(() -> AnswerValidator.validate(List.of(text), answers("fine"), Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> AnswerValidator.validate(List.of(spec(FieldKind.TEXT, 0, 1, 10)), Answers.empty(), Map.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void an_action_menu_with_seven_actions_asks_for_ten() {
        var menu = spec(FieldKind.LIST, 10, 20, 200);
        String[] seven = IntStream.range(0, 7).mapToObj(i -> "action " + i).toArray(String[]::new);
        var p = problem(menu, answers(seven));
        assertThat(p.messageKey()).isEqualTo("validation.answer.atLeast");
        assertThat(p.args()).containsExactly(10, 7);
        String[] tooMany = IntStream.range(0, 21).mapToObj(i -> "a" + i).toArray(String[]::new);
        assertThat(problem(menu, answers(tooMany)).args()).containsExactly(20, 21);
        String[] ten = IntStream.range(0, 10).mapToObj(i -> "b" + i).toArray(String[]::new);
        assertThatCode(() -> AnswerValidator.validate(List.of(menu), answers(ten), Map.of())).doesNotThrowAnyException();
    }

    @Test
    void blank_entries_do_not_count_and_long_entries_are_named() {
        var list = spec(FieldKind.RANKED, 2, 5, 5);
        assertThat(problem(list, answers("one", " ", "")).args()).containsExactly(2, 1);
        var p = problem(list, answers("ok", "toolong"));
        assertThat(p.messageKey()).isEqualTo("validation.answer.itemTooLong");
        assertThat(p.args()).containsExactly(2, 5, 7);
    }

    @Test
    void a_rating_is_a_whole_number_from_one_to_ten() {
        var rating = spec(FieldKind.RATING, 1, 1, 2);
        for (String bad : new String[] {"0", "11", "7.5", "x", ""}) {
            assertThat(problem(rating, answers(bad)).messageKey()).as(bad).isEqualTo("validation.answer.rating");
        }
        for (String good : new String[] {"1", "6", "10"}) {
            assertThatCode(() -> AnswerValidator.validate(List.of(rating), answers(good), Map.of())).doesNotThrowAnyException();
        }
    }

    @Test
    void picks_come_from_the_clients_own_list_within_the_count() {
        var pick = new FieldSpec("f", FieldKind.PICK, "l", null, 1, 3, 200, "action-menu/actions");
        var options = Map.of("f", List.of("tea", "walk", "hug", "note"));
        assertThat(problem(pick, answers("dance"), options).messageKey()).isEqualTo("validation.answer.pickUnknown");
        assertThat(problem(pick, Answers.empty(), options).messageKey()).isEqualTo("validation.answer.pickAtLeast");
        assertThat(problem(pick, answers("tea", "walk", "hug", "note"), options).messageKey())
                .isEqualTo("validation.answer.pickAtMost");
        assertThatCode(() -> AnswerValidator.validate(List.of(pick), answers("tea", "hug"), options))
                .doesNotThrowAnyException();
    }

    @Test
    void days_need_an_observation_for_each_day() {
        var days = spec(FieldKind.DAYS, 3, 3, 100);
        var p = problem(days, answers("monday", "", "wednesday"));
        assertThat(p.messageKey()).isEqualTo("validation.answer.days");
        assertThat(p.args()).containsExactly(3, 2L);
        assertThatCode(() -> AnswerValidator.validate(List.of(days), answers("a", "b", "c"), Map.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void every_problem_is_reported_at_once() {
        var a = new FieldSpec("a", FieldKind.TEXT, "a", null, 1, 1, 10, null);
        var b = new FieldSpec("b", FieldKind.RATING, "b", null, 1, 1, 2, null);
        assertThatThrownBy(() -> AnswerValidator.validate(List.of(a, b), Answers.empty(), Collections.emptyMap()))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.errors()).extracting(ValidationProblem.FieldError::field).containsExactly("a", "b"));
    }

    @Test
    void each_picked_moment_needs_its_own_answer_and_only_offered_moments_count() {
        var moments = new FieldSpec("moments", FieldKind.MOMENTS, "l", null, 3, 5, 20, null);
        var felt = new FieldSpec("felt", FieldKind.PER_MOMENT, "l", null, 1, 1, 50, "moments");
        var offered = Map.of("moments", List.of("11", "12", "13", "14"));
        var missingSecond = new Answers(Map.of("moments", List.of("11", "12", "13"), "felt", List.of("calm", " ", "warm")));
        assertThatThrownBy(() -> AnswerValidator.validate(List.of(moments, felt), missingSecond, offered))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> {
                    assertThat(p.errors().getFirst().messageKey()).isEqualTo("validation.answer.perMoment");
                    assertThat(p.errors().getFirst().args()).containsExactly(2);
                });
        var notOffered = new Answers(Map.of("moments", List.of("11", "12", "99"), "felt", List.of("a", "b", "c")));
        assertThatThrownBy(() -> AnswerValidator.validate(List.of(moments, felt), notOffered, offered))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.answer.momentUnknown"));
        var fine = new Answers(Map.of("moments", List.of("11", "12", "14"), "felt", List.of("a", "b", "c")));
        assertThatCode(() -> AnswerValidator.validate(List.of(moments, felt), fine, offered)).doesNotThrowAnyException();
    }

    @Test
    void a_second_experiment_is_answered_exactly_when_a_second_action_was_chosen() {
        var chosen = new FieldSpec("chosen", FieldKind.PICK, "label", null, 1, 2, 200, "action-menu/actions");
        var learn2 = new FieldSpec("learn2", FieldKind.TEXT, "label", null, 0, 1, 100, "chosen#2");
        var fields = List.of(chosen, learn2);
        Map<String, List<String>> menu = Map.of("chosen", List.of("walk", "hug", "tea"));
        // Two actions chosen, the second experiment left blank: asked for.
        assertThatThrownBy(() -> AnswerValidator.validate(fields,
                new Answers(Map.of("chosen", List.of("walk", "hug"))), menu))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.answer.required"));
        // One action chosen, the second experiment filled in: refused, with why.
        assertThatThrownBy(() -> AnswerValidator.validate(fields,
                new Answers(Map.of("chosen", List.of("walk"), "learn2", List.of("something"))), menu))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> {
                    assertThat(p.errors().getFirst().messageKey()).isEqualTo("validation.answer.slotUnused");
                    assertThat(p.errors().getFirst().args()).containsExactly(2);
                });
        assertThatCode(() -> AnswerValidator.validate(fields, new Answers(Map.of("chosen", List.of("walk"))), menu))
                .doesNotThrowAnyException();
        assertThatCode(() -> AnswerValidator.validate(fields,
                new Answers(Map.of("chosen", List.of("walk", "hug"), "learn2", List.of("what a hug does"))), menu))
                .doesNotThrowAnyException();
    }

    @Test
    void answers_for_more_moments_than_were_picked_are_refused_not_stored() {
        var moments = new FieldSpec("moments", FieldKind.MOMENTS, "l", null, 1, 5, 20, null);
        var felt = new FieldSpec("felt", FieldKind.PER_MOMENT, "l", null, 1, 1, 50, "moments");
        var offered = Map.of("moments", List.of("11", "12", "13"));
        var extra = new Answers(Map.of("moments", List.of("11", "12"), "felt", List.of("a", "b", "hidden")));
        assertThatThrownBy(() -> AnswerValidator.validate(List.of(moments, felt), extra, offered))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> {
                    assertThat(p.errors()).singleElement().satisfies(e -> {
                        assertThat(e.field()).isEqualTo("felt");
                        assertThat(e.messageKey()).isEqualTo("validation.answer.perMomentExtra");
                        assertThat(e.args()).containsExactly(2, 3);
                    });
                });
        // Exactly one per moment is fine.
        assertThatCode(() -> AnswerValidator.validate(List.of(moments, felt),
                new Answers(Map.of("moments", List.of("11", "12"), "felt", List.of("a", "b"))), offered))
                .doesNotThrowAnyException();
    }
}
