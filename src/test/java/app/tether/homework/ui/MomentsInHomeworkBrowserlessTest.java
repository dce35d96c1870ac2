package app.tether.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentStatus;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.FrameworkCatalog;
import app.tether.programme.FrameworkExercises;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 14, exceptions feed stage 4: Exception Deep Description links moments of the client's own
 * log (never another client's), the therapist opens each one from the answers, and Pattern
 * Recognition shows the client only the patterns of what they may see.
 */
@IntegrationTest
class MomentsInHomeworkBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ExceptionLogService log;
    @Autowired app.tether.exceptionlog.ExceptionProvisioning exceptionProvisioning;
    @Autowired HomeworkService homework;
    @Autowired MyHomeworkService mine;
    @Autowired FrameworkCatalog catalog;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired app.tether.caseload.CaseloadService caseloadService;

    TestUsers users;
    Person therapist;
    Person a;
    Person b;
    long caseId;
    long ownMarket;
    long ownKitchen;
    long ownWalk;
    long partnerShared;
    long partnerPrivate;
    long strangerMoment;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        a = data.client("Lin Hua");
        b = data.client("Wu Lei");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 24, a, b);
        ownMarket = moment(a, caseId, 5, "At the market together", "market");
        ownKitchen = moment(a, caseId, 4, "Cooking side by side", "cooking together");
        ownWalk = moment(a, caseId, 3, "A walk after dinner", "cooking together");
        partnerShared = moment(b, caseId, 2, "He left tea on my desk", "kind gesture");
        partnerPrivate = moment(b, caseId, 1, "Private thought of my own", "secret place");
        users.run(therapist.username(), () -> {
            log.mark(ownKitchen, true, true, null);
            log.mark(partnerShared, true, null, true);
        });
        var stranger = data.client("Gao Ming");
        long otherCase = data.enrolledCase(data.therapist(), Lens.CONNECTION, 24, stranger);
        strangerMoment = moment(stranger, otherCase, 2, "Someone else's moment", "market");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long moment(Person who, long inCase, int daysAgo, String context, String tag) {
        return users.as(who.username(), () -> log.save(inCase, null, new EntryInput(LocalDateTime.now()
                .minusDays(daysAgo), context, null, null, null, null, List.of(tag), false), 0)).id();
    }

    private long assign(String code) {
        return users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                List.of(catalog.byCode(code).id()), List.of(a.id()), null, null, null))).getFirst().id();
    }

    private void signIn(Person p) {
        var user = userDetails.loadUserByUsername(p.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Long> picker() {
        return $(CheckboxGroup.class).id("moments-moments");
    }

    @Test
    void the_client_picks_moments_from_the_log_answers_each_and_the_therapist_opens_them_from_the_answers() {
        long id = assign(FrameworkExercises.EXCEPTION_DEEP_DESCRIPTION);
        signIn(a);
        HomeworkAnswerView view = navigate("homework/" + id, HomeworkAnswerView.class);
        CheckboxGroup<Long> picker = picker();
        // Their own and the one shared with them, the therapist's mark first, then newest; never a partner's unshared one.
        assertThat(picker.getListDataView().getItems().toList())
                .containsExactly(ownKitchen, partnerShared, ownWalk, ownMarket);
        assertThat(picker.getItemLabelGenerator().apply(ownKitchen)).contains("Cooking side by side",
                "marked significant by your therapist");
        assertThat(picker.getItemLabelGenerator().apply(partnerShared)).contains("from Wu Lei’s log");
        // A short log is listed whole, so nothing says otherwise.
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withId("moments-older-left-out").exists()).isFalse();

        // A moment logged right here lands in the log and is picked.
        test($(Button.class).id("add-moment")).click();
        test($(TextArea.class).id("new-moment-context")).setValue("Shopping for food, no phones");
        test($(Button.class).id("save-new-moment")).click();
        long added = users.as(a.username(), () -> log.myEntries(caseId)).stream()
                .filter(e -> "Shopping for food, no phones".equals(e.context())).findFirst().orElseThrow().id();
        assertThat(picker.getValue()).containsExactly(added);

        // Ticking is the checkbox group's own change, as from the browser.
        test(picker).selectItem(picker.getItemLabelGenerator().apply(ownKitchen));
        test(picker).selectItem(picker.getItemLabelGenerator().apply(ownMarket));
        assertThat(picker.getValue()).containsExactlyInAnyOrder(added, ownKitchen, ownMarket);
        for (long m : List.of(ownKitchen, added, ownMarket)) {
            for (String q : List.of("happened", "different", "felt", "capacity", "more")) {
                test($(TextArea.class).id("moment-" + m + "-" + q)).setValue(q + " of " + m);
            }
        }
        test(view.submit).click();
        var sent = users.as(a.username(), () -> mine.open(id));
        assertThat(sent.summary().status()).isEqualTo(AssignmentStatus.SUBMITTED);
        Answers answers = sent.submissions().getFirst().answers();
        assertThat(answers.of("moments")).containsExactly(String.valueOf(ownKitchen), String.valueOf(added),
                String.valueOf(ownMarket));
        assertThat(answers.of("felt")).containsExactly("felt of " + ownKitchen, "felt of " + added,
                "felt of " + ownMarket);

        // The author deletes one moment (nobody had seen it): the answer says so instead of breaking.
        users.run(a.username(), () -> log.delete(added));

        signIn(therapist);
        navigate("review/" + id, ReviewView.class);
        Anchor open = $(Anchor.class).id("open-moment-" + ownKitchen);
        assertThat(open.getHref()).isEqualTo("cases/" + caseId + "/exceptions?entry=" + ownKitchen);
        assertThat($(Anchor.class).all()).extracting(Anchor::getId).map(o -> o.orElse(""))
                .doesNotContain("open-moment-" + added);
        assertThat($(Div.class).id("moment-" + added).getElement().getTextRecursively())
                .contains("This moment is no longer in the log");
        assertThat($(TextArea.class).id("moment-" + added + "-capacity").getValue()).isEqualTo("capacity of " + added);
        assertThat($(TextArea.class).id("moment-" + ownMarket + "-more").getValue()).isEqualTo("more of " + ownMarket);

        // The link opens the case's log on that moment.
        com.vaadin.flow.component.UI.getCurrent().navigate("cases/" + caseId + "/exceptions",
                com.vaadin.flow.router.QueryParameters.of("entry", String.valueOf(ownKitchen)));
        assertThat($(Paragraph.class).id("linked-moment-note").getText())
                .startsWith("Showing the moment linked from homework");
    }

    @Test
    void another_clients_moments_are_never_offered_and_their_ids_are_refused_on_sending() {
        long id = assign(FrameworkExercises.EXCEPTION_DEEP_DESCRIPTION);
        var detail = users.as(a.username(), () -> mine.open(id));
        assertThat(detail.pickOptions().get("moments")).doesNotContain(String.valueOf(strangerMoment),
                String.valueOf(partnerPrivate));
        assertThat(detail.moments()).doesNotContainKeys(strangerMoment, partnerPrivate);
        for (long foreign : List.of(strangerMoment, partnerPrivate)) {
            var answers = new Answers(Map.of("moments", List.of(String.valueOf(ownMarket), String.valueOf(ownKitchen),
                    String.valueOf(foreign)), "happened", List.of("x", "y", "z"), "different", List.of("x", "y", "z"),
                    "felt", List.of("x", "y", "z"), "capacity", List.of("x", "y", "z"), "more", List.of("x", "y", "z")));
            assertThatThrownBy(() -> users.as(a.username(), () -> mine.submit(id, answers, detail.summary().version())))
                    .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                            .extracting(ValidationProblem.FieldError::messageKey)
                            .containsExactly("validation.answer.momentUnknown"));
        }
    }

    @Test
    void a_long_log_offers_the_marked_and_the_newest_moments_and_an_older_one_can_still_be_sent() {
        // More than the offer's worth of newer moments: the earlier ones fall out of the list.
        List<EntryInput> many = new java.util.ArrayList<>();
        for (int h = 1; h <= ExceptionLogService.MOMENTS_OFFERED + 5; h++) {
            many.add(new EntryInput(LocalDateTime.now().minusHours(h), "Small moment " + h, null, null, null, null,
                    List.of(), false));
        }
        exceptionProvisioning.logAll(caseId, a.id(), many);
        long id = assign(FrameworkExercises.EXCEPTION_DEEP_DESCRIPTION);

        var detail = users.as(a.username(), () -> mine.open(id));
        List<String> offered = detail.pickOptions().get("moments");
        // The therapist's mark is always there, first; then the newest, capped.
        assertThat(offered).hasSize(ExceptionLogService.MOMENTS_OFFERED + 1)
                .startsWith(String.valueOf(ownKitchen))
                .doesNotContain(String.valueOf(ownMarket), String.valueOf(ownWalk), String.valueOf(partnerPrivate),
                        String.valueOf(strangerMoment));
        assertThat(detail.moments()).hasSize(ExceptionLogService.MOMENTS_OFFERED + 1);
        // The page says the list is not the whole log.
        assertThat(detail.olderMomentsLeftOut()).isTrue();
        signIn(a);
        navigate("homework/" + id, HomeworkAnswerView.class);
        var note = $(com.vaadin.flow.component.html.Paragraph.class).id("moments-older-left-out");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Only your newest " + ExceptionLogService.MOMENTS_OFFERED
                + " moments are listed here, with those marked significant and those you already chose.");

        // An older moment the client may see is still accepted when sent, and offered again with the draft.
        var answers = new Answers(Map.of("moments", List.of(String.valueOf(ownMarket), String.valueOf(ownKitchen),
                String.valueOf(ownWalk)), "happened", List.of("x", "y", "z"), "different", List.of("x", "y", "z"),
                "felt", List.of("x", "y", "z"), "capacity", List.of("x", "y", "z"), "more", List.of("x", "y", "z")));
        var sent = users.as(a.username(), () -> mine.submit(id, answers, detail.summary().version()));
        assertThat(sent.summary().status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(sent.moments()).containsKeys(ownMarket, ownKitchen, ownWalk);
        assertThat(sent.pickOptions().get("moments")).contains(String.valueOf(ownMarket), String.valueOf(ownWalk))
                .hasSize(ExceptionLogService.MOMENTS_OFFERED + 3);
        assertThat(users.as(a.username(), () -> mine.open(id)).moments()).containsKeys(ownMarket, ownWalk);

        // The targeted look-up still refuses what the client may not see.
        var foreign = new Answers(Map.of("moments", List.of(String.valueOf(ownMarket), String.valueOf(ownKitchen),
                String.valueOf(partnerPrivate)), "happened", List.of("x", "y", "z"), "different", List.of("x", "y", "z"),
                "felt", List.of("x", "y", "z"), "capacity", List.of("x", "y", "z"), "more", List.of("x", "y", "z")));
        assertThatThrownBy(() -> users.as(a.username(), () -> mine.submit(id, foreign, sent.summary().version())))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::messageKey)
                        .containsExactly("validation.answer.momentUnknown"));
    }

    @Test
    void the_therapists_links_to_the_moments_each_name_their_moment() {
        long id = assign(FrameworkExercises.EXCEPTION_DEEP_DESCRIPTION);
        var detail = users.as(a.username(), () -> mine.open(id));
        var answers = new Answers(Map.of("moments", List.of(String.valueOf(ownMarket), String.valueOf(ownKitchen),
                String.valueOf(ownWalk)), "happened", List.of("x", "y", "z"), "different", List.of("x", "y", "z"),
                "felt", List.of("x", "y", "z"), "capacity", List.of("x", "y", "z"), "more", List.of("x", "y", "z")));
        users.run(a.username(), () -> mine.submit(id, answers, detail.summary().version()));
        signIn(therapist);
        navigate("review/" + id, ReviewView.class);
        List<String> names = $(Anchor.class).all().stream().filter(x -> x.getId().orElse("").startsWith("open-moment-"))
                .map(Anchor::getText).toList();
        assertThat(names).hasSize(3).doesNotHaveDuplicates();
        assertThat(names.getFirst()).startsWith("Open moment 1 (").endsWith(") in the case’s log");
        assertThat(names.get(1)).startsWith("Open moment 2 (");
    }

    @Test
    void pattern_recognition_shows_the_client_only_their_own_moments_and_those_shared_with_them() {
        long id = assign(FrameworkExercises.PATTERN_RECOGNITION);
        signIn(a);
        navigate("homework/" + id, HomeworkAnswerView.class);
        String panel = $(Div.class).id("my-patterns").getElement().getTextRecursively();
        assertThat(panel).contains("What your log shows", "the 4 moments", "cooking together: 2 moments",
                "market: 1 moment", "kind gesture: 1 moment");
        assertThat(panel).doesNotContain("secret place");
        // The questions are still there beside it.
        assertThat($(Div.class).id("field-conditions")).isNotNull();
    }

    @Test
    void the_clients_log_says_in_words_which_moments_the_therapist_marked_significant_and_read() {
        signIn(a);
        navigate("my-exceptions", Div.class);
        var cards = $(com.vaadin.flow.component.details.Details.class).all().stream()
                .map(d -> d.getElement().getTextRecursively()).toList();
        assertThat(cards).filteredOn(t -> t.contains("Cooking side by side")).singleElement().asString()
                .contains("Your therapist marked this significant", "Read by your therapist");
        assertThat(cards).filteredOn(t -> t.contains("At the market together")).singleElement().asString()
                .doesNotContain("marked this significant", "Read by your therapist");
    }

    @Test
    void the_demo_deep_description_of_chen_jing_links_three_moments_of_her_log() {
        long chenCase = users.as("therapist", () -> caseloadService.myCaseload().stream()
                .filter(c -> c.title().equals("Chen Jing")).findFirst().orElseThrow().caseId());
        var deep = users.as("therapist", () -> homework.caseHomework(chenCase)).assignments().stream()
                .filter(x -> x.title().equals("ex.exception-deep-description.title")).findFirst().orElseThrow();
        signIn(new Person(0, "therapist", "therapist"));
        navigate("review/" + deep.id(), ReviewView.class);
        assertThat($(Anchor.class).all()).filteredOn(x -> x.getId().orElse("").startsWith("open-moment-")).hasSize(3);
    }
}
