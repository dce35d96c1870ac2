package app.tether.scales;

import static app.tether.programme.FrameworkExercises.SCALE_POSITIONING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.Answers;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.security.AccountProvisioning;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ScaleServiceTest {

    @Autowired ScaleService scales;
    @Autowired ScaleProvisioning provisioning;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person a;
    Person b;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        a = data.client("Ma Yun");
        b = data.client("Ma Li");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 40, a, b);
    }

    @Test
    void a_rating_outside_one_to_ten_is_refused_and_keeps_nothing() {
        for (Integer bad : new Integer[] {0, 11, null}) {
            assertThatThrownBy(() -> users.run(a.username(), () -> scales.rateToday(caseId, bad, "note", null)))
                    .as(String.valueOf(bad)).isInstanceOf(ValidationProblem.class);
        }
        assertThatThrownBy(() -> users.run(a.username(), () -> scales.rateToday(caseId, 5, "n".repeat(501), null)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().field()).isEqualTo("note"));
        assertThat(users.as(a.username(), () -> scales.myScale(caseId)).ratings()).isEmpty();
    }

    @Test
    void rating_again_today_replaces_the_earlier_value_and_partners_stay_private() {
        users.run(a.username(), () -> scales.rateToday(caseId, 3, null, null));
        var after = users.as(a.username(), () -> scales.rateToday(caseId, 4, "better evening", null));
        assertThat(after.today()).isEqualTo(4);
        assertThat(after.ratings()).hasSize(1);
        users.run(b.username(), () -> scales.rateToday(caseId, 7, null, null));
        assertThat(users.as(a.username(), () -> scales.myScale(caseId)).ratings()).extracting(RatingRow::value)
                .containsExactly(4);
    }

    @Test
    void follow_ups_are_optional_kept_with_the_rating_and_replaced_by_a_same_day_re_rating() {
        var plain = users.as(a.username(), () -> scales.rateToday(caseId, 4, null, null));
        assertThat(plain.todayFollowUp()).isEqualTo(ScaleFollowUp.NONE);
        assertThat(plain.ratings().getFirst().followUp().isEmpty()).isTrue();

        var answered = users.as(a.username(), () -> scales.rateToday(caseId, 5, "long day",
                new ScaleFollowUp("  We had breakfast together.\nHe asked about my day.  ", "I would text him first.")));
        assertThat(answered.todayFollowUp()).isEqualTo(new ScaleFollowUp("We had breakfast together.\nHe asked about my day.",
                "I would text him first."));
        assertThat(answered.ratings()).singleElement().extracting(RatingRow::followUp)
                .isEqualTo(answered.todayFollowUp());

        // The same day again: one row, its answers replaced as a whole (a cleared answer is gone).
        var again = users.as(a.username(), () -> scales.rateToday(caseId, 6, null, new ScaleFollowUp(" ", "A walk.")));
        assertThat(again.ratings()).hasSize(1);
        assertThat(again.todayFollowUp()).isEqualTo(new ScaleFollowUp(null, "A walk."));
        assertThat(users.as(therapist.username(), () -> scales.caseScale(caseId)).ratings())
                .extracting(RatingRow::clientName, RatingRow::value, RatingRow::followUp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ma Yun", 6, new ScaleFollowUp(null, "A walk.")));
    }

    @Test
    void a_follow_up_over_the_limit_is_refused_and_nothing_is_kept() {
        String tooLong = "x".repeat(ScaleService.FOLLOW_UP_MAX + 1);
        assertThatThrownBy(() -> users.run(a.username(), () -> scales.rateToday(caseId, 5, null,
                new ScaleFollowUp("fine", tooLong))))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> {
                    assertThat(p.errors()).singleElement().satisfies(e -> {
                        assertThat(e.field()).isEqualTo("oneHigher");
                        assertThat(e.messageKey()).isEqualTo("validation.text.tooLong");
                    });
                });
        assertThat(users.as(a.username(), () -> scales.myScale(caseId)).ratings()).isEmpty();
        // Exactly the limit is fine.
        String full = "y".repeat(ScaleService.FOLLOW_UP_MAX);
        assertThat(users.as(a.username(), () -> scales.rateToday(caseId, 5, null, new ScaleFollowUp(full, null)))
                .todayFollowUp().notLower()).hasSize(ScaleService.FOLLOW_UP_MAX);
    }

    @Test
    void a_partner_never_sees_the_other_partners_follow_ups() {
        users.run(a.username(), () -> scales.rateToday(caseId, 3, null, new ScaleFollowUp("Ma Yun's own reason", null)));
        users.run(b.username(), () -> scales.rateToday(caseId, 7, null, new ScaleFollowUp(null, "Ma Li's next step")));
        MyScale hers = users.as(b.username(), () -> scales.myScale(caseId));
        assertThat(hers.ratings()).extracting(RatingRow::clientName).containsOnly("Ma Li");
        assertThat(hers.toString()).doesNotContain("Ma Yun's own reason").contains("Ma Li's next step");
        MyScale his = users.as(a.username(), () -> scales.myScale(caseId));
        assertThat(his.toString()).doesNotContain("Ma Li's next step").contains("Ma Yun's own reason");
        // The therapist reads both, each on its own row.
        assertThat(users.as(therapist.username(), () -> scales.caseScale(caseId)).ratings())
                .extracting(RatingRow::clientName, r -> r.followUp().notLower(), r -> r.followUp().oneHigher())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ma Yun", "Ma Yun's own reason", null),
                        org.assertj.core.groups.Tuple.tuple("Ma Li", null, "Ma Li's next step"));
    }

    @Test
    void the_therapist_sees_first_latest_change_and_four_week_average_per_partner() {
        LocalDate today = LocalDate.now();
        int[][] history = {{40, 1}, {30, 2}, {20, 3}, {10, 4}, {1, 5}};
        for (int[] h : history) {
            provisioning.rate(caseId, a.id(), today.minusDays(h[0]), h[1], RatingSource.HOME, null);
        }
        provisioning.rate(caseId, a.id(), today.minusDays(5), 6, RatingSource.SESSION, null);
        CaseScale scale = users.as(therapist.username(), () -> scales.caseScale(caseId));
        PersonTrend ma = scale.people().getFirst();
        assertThat(ma.first()).isEqualTo(1);
        assertThat(ma.latest()).isEqualTo(5);
        assertThat(ma.change()).isEqualTo(4);
        assertThat(ma.averageLast4Weeks()).isEqualTo(4.5); // 3, 4, 6, 5
        assertThat(scale.people().get(1).latest()).isNull();
        assertThat(scale.ratings()).hasSize(6);
    }

    @Test
    void a_target_band_is_checked_and_can_be_removed() {
        assertThatThrownBy(() -> users.run(therapist.username(), () -> scales.setTarget(caseId, 8, 5)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isEqualTo("validation.scale.band"));
        assertThat(users.as(therapist.username(), () -> scales.setTarget(caseId, 6, 8)).targetLow()).isEqualTo(6);
        assertThat(users.as(therapist.username(), () -> scales.setTarget(caseId, null, null)).targetLow()).isNull();
    }

    @Test
    void the_scale_positioning_homework_rating_joins_the_scale() {
        long exercise = catalog.byCode(SCALE_POSITIONING).id();
        var given = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId, List.of(exercise),
                List.of(a.id()), null, null))).getFirst();
        var answers = new Answers(Map.of("rating", List.of("6"), "notLower", List.of("we talk"),
                "onePointHigher", List.of("a walk together")));
        users.run(a.username(), () -> mine.submit(given.id(), answers, mine.open(given.id()).summary().version()));
        assertThat(users.as(therapist.username(), () -> scales.caseScale(caseId)).ratings())
                .extracting(RatingRow::value, RatingRow::source, RatingRow::followUp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, RatingSource.HOMEWORK,
                        new ScaleFollowUp("we talk", "a walk together")));
    }

    @Test
    void every_method_refuses_the_wrong_people() {
        var other = new TestData(accountProvisioning, caseProvisioning);
        Person otherTherapist = other.therapist();
        Person stranger = other.client("Lu Yi");
        other.enrolledCase(otherTherapist, Lens.NARRATIVE, 3, stranger);
        for (String who : new String[] {stranger.username(), therapist.username(), "admin"}) {
            assertThatThrownBy(() -> users.run(who, () -> scales.rateToday(caseId, 5, null, null))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> scales.myScale(caseId))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (String who : new String[] {otherTherapist.username(), a.username(), "admin"}) {
            assertThatThrownBy(() -> users.run(who, () -> scales.caseScale(caseId))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> scales.setTarget(caseId, 5, 6))).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
