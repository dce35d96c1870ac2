package app.tether.letters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.letters.LetterInput;
import app.tether.letters.LetterRecord;
import app.tether.letters.LetterService;
import app.tether.security.AccountProvisioning;
import app.tether.shell.RefusedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Letters on screen: the therapist writes, keeps a draft and sends; each partner reads only their own. */
@IntegrationTest
class LetterViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired LetterService letters;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    TestUsers users;
    Person therapist;
    Person he;
    Person she;
    long caseId;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        therapist = data.therapist();
        he = data.client("Han Letter");
        she = data.client("Qin Letter");
        caseId = data.enrolledCase(therapist, Lens.THERAPEUTIC_LETTERS, 18, he, she);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        TestUsers.signIn(userDetails, username);
    }

    private CaseLettersView openLetters() {
        UI.getCurrent().navigate("cases/" + caseId);
        return navigate("cases/" + caseId + "/letters", CaseLettersView.class);
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_therapist_writes_saves_a_draft_and_sends_it_to_one_partner() {
        signIn(therapist.username());
        CaseLettersView view = openLetters();
        assertThat(text(view)).contains("Write a letter", "No letters yet.");
        test(view.write).click();
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.recipients.getValue()).hasSize(2);
        view.recipients.setValue(Set.of(view.recipients.getListDataView().getItems()
                .filter(c -> c.accountId() == he.id()).findFirst().orElseThrow()));
        test(view.body).setValue("Dear Han,\n\nYou noticed <b>the tea</b> on your desk.");
        test(view.saveDraft).click();
        assertThat(view.editing).isNotNull();
        assertThat(text(view.list)).contains("Draft", "You noticed <b>the tea</b> on your desk.");

        test(view.send).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).last();
        test(dialog).confirm();
        assertThat(view.editor.isVisible()).isFalse();
        assertThat(text(view.list)).contains("Sent", "To Han Letter");
        assertThat($(Anchor.class).all()).anySatisfy(a -> assertThat(a.getElement().getAttribute("download")).isNotNull());

        signIn(he.username());
        UI.getCurrent().navigate("my-homework");
        MyLettersView mine = navigate(MyLettersView.class);
        assertThat(text(mine.list)).contains("Dear Han, You noticed <b>the tea</b> on your desk.");
        signIn(she.username());
        UI.getCurrent().navigate("my-homework");
        MyLettersView hers = navigate(MyLettersView.class);
        assertThat(text(hers.list)).contains("No letters yet.");
    }

    @Test
    void a_stale_draft_save_shows_the_other_version_and_keeps_what_was_typed() {
        var draft = users.as(therapist.username(), () -> letters.startLetter(caseId,
                new LetterInput(List.of(he.id(), she.id()), "First words")));
        signIn(therapist.username());
        CaseLettersView view = openLetters();
        test($(com.vaadin.flow.component.button.Button.class).id("letter-continue-" + draft.id())).click();
        assertThat(view.body.getValue()).isEqualTo("First words");
        users.run(therapist.username(), () -> letters.saveDraft(draft.id(),
                new LetterInput(List.of(he.id(), she.id()), "Saved in another window"), draft.version()));

        test(view.body).setValue("Typed here");
        test(view.saveDraft).click();
        assertThat(view.newerPanel.isVisible()).isTrue();
        assertThat(text(view.newerPanel)).contains("Saved in another window");
        assertThat(view.body.getValue()).isEqualTo("Typed here");

        test(view.saveDraft).click();
        assertThat(users.as(therapist.username(), () -> letters.letter(draft.id())).body()).isEqualTo("Typed here");
        assertThat(view.newerPanel.isVisible()).isFalse();
    }

    @Test
    void the_client_reads_a_letter_as_written_and_can_keep_a_copy_but_not_the_partners_letter() {
        LetterRecord toHer = users.as(therapist.username(), () -> {
            var d = letters.startLetter(caseId, new LetterInput(List.of(she.id()), ""));
            return letters.send(d.id(), new LetterInput(List.of(she.id()),
                    "Dear Qin,\n\n${x} &amp; <i>kept</i>\nas typed.\n\n你好。"), d.version());
        });
        signIn(she.username());
        MyLetterView view = navigate("my-letters/" + toHer.id(), MyLetterView.class);
        assertThat(text(view)).contains("${x} &amp; <i>kept</i>\nas typed.", "你好。", "Keep a copy (PDF)",
                "To Qin Letter");
        assertThat($(Anchor.class).id("letter-keep").getHref()).doesNotContain("Qin");

        signIn(he.username());
        UI.getCurrent().navigate("my-homework");
        navigate("my-letters/" + toHer.id(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(RefusedView.class);
    }

    @Test
    void a_client_who_reads_chinese_gets_the_letters_page_in_chinese_and_the_letter_as_written() {
        jdbc.update("update account set language = 'zh-CN' where id = ?", she.id());
        LetterRecord toHer = users.as(therapist.username(), () -> {
            var d = letters.startLetter(caseId, new LetterInput(List.of(she.id()), ""));
            return letters.send(d.id(), new LetterInput(List.of(she.id()), "Dear Qin,\n\nA letter in English."),
                    d.version());
        });
        signIn(she.username());
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("my-homework");
        MyLettersView list = navigate(MyLettersView.class);
        assertThat(text(list)).contains("我的书信", "来自", "Dear Qin, A letter in English.");
        MyLetterView view = navigate("my-letters/" + toHer.id(), MyLetterView.class);
        assertThat(text(view)).contains("保存一份（PDF）", "致Qin Letter", "全部书信", "A letter in English.");
    }
}
