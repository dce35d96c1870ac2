package app.tether.exceptionlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.AccountProvisioning;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The author sees what is shared; the therapist sees what was edited or withdrawn. Fresh people, not the demo's. */
@IntegrationTest
class EntryVersionViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired ExceptionLogService log;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
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
        a = data.client("He Ping");
        b = data.client("Ma Lan");
        caseId = data.enrolledCase(therapist, Lens.CONNECTION, 10, a, b);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(Person p) {
        var user = userDetails.loadUserByUsername(p.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element e) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e),
                e.getChildren().flatMap(EntryVersionViewsBrowserlessTest::descendants));
    }

    private EntryView write(Person who, LocalDateTime at, String context) {
        return users.as(who.username(), () -> log.save(caseId, null,
                new EntryInput(at, context, null, null, null, null, List.of("evening"), false), 0));
    }

    @Test
    void the_author_sees_which_moments_are_shared_and_that_editing_unshares_them() {
        var shared = write(a, LocalDateTime.now().minusDays(2).withNano(0), "Jasmine tea on her desk");
        write(a, LocalDateTime.now().minusDays(1).withNano(0), "A quiet walk");
        users.run(therapist.username(), () -> log.mark(shared.id(), true, null, true));

        signIn(a);
        MyExceptionsView view = navigate(MyExceptionsView.class);
        List<Details> cards = $(Details.class).all().stream().filter(d -> d.hasClassName("entry-card")).toList();
        assertThat(cards).hasSize(2);
        assertThat(cards).filteredOn(d -> d.hasClassName("entry-shared")).singleElement()
                .satisfies(d -> assertThat(d.getElement().getTextRecursively())
                        .contains("Jasmine tea", "Shared with your partner", "stops being shared"));
        assertThat(view.editHint.isVisible()).isFalse();

        Details card = cards.stream().filter(d -> d.hasClassName("entry-shared")).findFirst().orElseThrow();
        Button edit = descendants(card.getElement()).map(e -> e.getComponent().orElse(null))
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(x -> x.getText().equals("Edit")).findFirst().orElseThrow();
        test(edit).click();
        assertThat(view.editHint.isVisible()).isTrue();
        assertThat(view.editHint.getText()).contains("stops being shared");
        test(view.prompts.getFirst()).setValue("Jasmine tea, and she smiled");
        test(view.save).click();
        assertThat($(Details.class).all().stream().filter(d -> d.hasClassName("entry-shared")).toList()).isEmpty();
    }

    @Test
    void the_therapist_sees_an_edit_after_review_with_the_earlier_text_and_a_withdrawn_moment_marked() {
        var edited = write(a, LocalDateTime.now().minusDays(3).withNano(0), "We laughed at dinner");
        var withdrawn = write(b, LocalDateTime.now().minusDays(2).withNano(0), "She waited for me");
        users.run(therapist.username(), () -> {
            log.mark(edited.id(), true, null, true);
            log.mark(withdrawn.id(), true, null, null);
        });
        long version = users.as(a.username(), () -> log.myEntries(caseId)).getFirst().version();
        users.run(a.username(), () -> log.save(caseId, edited.id(), new EntryInput(edited.happenedAt(),
                "We laughed at dinner, then argued", null, null, null, null, List.of("evening"), false), version));
        users.run(b.username(), () -> log.delete(withdrawn.id()));

        signIn(therapist);
        CaseExceptionsView view = navigate("cases/" + caseId + "/exceptions", CaseExceptionsView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        EntryView newer = grid.getRow(0);
        EntryView older = grid.getRow(1);
        assertThat(newer.id()).isEqualTo(withdrawn.id());
        int marks = 5; // answers toggle, when, who, summary, tags, marks
        assertThat(grid.getCellComponent(0, marks).getElement().getTextRecursively()).contains("Withdrawn by the client on");
        assertThat(grid.getCellComponent(1, marks).getElement().getTextRecursively()).contains("Edited");
        assertThat(view.detailsOf(newer).getElement().getTextRecursively())
                .contains("removed this moment from their list", "She waited for me")
                .doesNotContain("Share with the partner");

        assertThat(view.detailsOf(older).getElement().getTextRecursively()).contains("We laughed at dinner, then argued",
                "Edited by the client: 1 earlier version");
        var dialog = view.versionsDialog(older);
        assertThat(dialog.getElement().getTextRecursively()).contains("Now: ", "We laughed at dinner, then argued",
                "Then: reviewed, shared with the partner", "by He Ping");
        assertThat(dialog.getElement().getTextRecursively().split("We laughed at dinner", -1)).hasSize(3);
    }
}
