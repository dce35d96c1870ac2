package app.tether.letters.ui;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.RouteIds;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ClientRef;
import app.tether.caseload.ui.OpenCase;
import app.tether.letters.LetterInput;
import app.tether.letters.LetterRecord;
import app.tether.letters.LetterService;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case's letters: write one (a draft, saved as often as needed, then sent), continue a draft, read
 * what was sent, print it, and follow a sent letter with another. Sent letters are never edited here.
 */
@Route("cases/:caseId" + RouteIds.PATTERN + "/letters")
@RolesAllowed(Roles.THERAPIST)
class CaseLettersView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private final LetterService letters;
    private CaseDetails details;
    /** The draft in the editor; null while a new letter has not been saved yet. */
    LetterRecord editing;

    final Button write = new Button();
    final Div editor = new Div();
    final H3 editorTitle = new H3();
    final Paragraph editorFollows = new Paragraph();
    final CheckboxGroup<ClientRef> recipients = new CheckboxGroup<>();
    final TextArea body = new TextArea();
    final Button saveDraft = new Button();
    final Button send = new Button();
    final Button discard = new Button();
    final Button close = new Button();
    final Div newerPanel = new Div();
    final Div list = new Div();
    private final FormErrors errors = new FormErrors(this);

    CaseLettersView(LetterService letters) {
        this.letters = letters;
        addClassName("letters-page");
        write.setText(getTranslation("letter.write"));
        write.addThemeVariants(ButtonVariant.PRIMARY);
        write.setId("letter-write");
        write.addClickListener(e -> openNew());

        recipients.setLabel(getTranslation("letter.to"));
        recipients.setItemLabelGenerator(ClientRef::displayName);
        recipients.setId("letter-recipients");
        body.setLabel(getTranslation("letter.body"));
        body.setHelperText(getTranslation("letter.body.help"));
        body.setWidthFull();
        body.setMinHeight("16em");
        body.setId("letter-body");
        TextLimit.on(body, LetterService.BODY_MAX);
        errors.bind("recipients", recipients).bind("body", body);

        saveDraft.setText(getTranslation("letter.saveDraft"));
        saveDraft.setDisableOnClick(true);
        saveDraft.setId("letter-save");
        saveDraft.addClickListener(e -> save());
        send.setText(getTranslation("letter.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.setId("letter-send");
        send.addClickListener(e -> askToSend());
        discard.setText(getTranslation("letter.discard"));
        discard.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        discard.setId("letter-discard");
        discard.addClickListener(e -> askToDiscard());
        close.setText(getTranslation("letter.close"));
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setId("letter-close");
        close.addClickListener(e -> closeEditor());

        newerPanel.addClassNames("panel", "suggestion");
        newerPanel.setId("letter-newer");
        newerPanel.setVisible(false);
        var actions = new Div(send, saveDraft, discard, close);
        actions.addClassName("row-actions");
        editor.add(editorTitle, editorFollows, recipients, body, actions);
        editor.addClassNames("panel", "letter-editor");
        editor.setId("letter-editor");
        editor.setVisible(false);
        list.addClassName("panel");
        list.setId("letter-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = OpenCase.of(event).details();
        recipients.setItems(details.clients());
        editing = null;
        editor.setVisible(false);
        newerPanel.setVisible(false);
        render();
    }

    private void render() {
        removeAll();
        if (!details.closed()) {
            var intro = new Div(new H3(getTranslation("letter.write")),
                    new Paragraph(getTranslation("letter.write.help")), write);
            intro.addClassName("panel");
            intro.setId("letter-intro");
            intro.setVisible(!editor.isVisible());
            add(intro, newerPanel, editor);
        }
        renderList();
        add(list);
    }

    private void renderList() {
        list.removeAll();
        list.add(new H3(getTranslation("letter.list")));
        List<LetterRecord> all = letters.caseLetters(details.caseId());
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("letter.list.empty")));
        }
        for (LetterRecord l : all) {
            list.add(card(l));
        }
    }

    private Div card(LetterRecord l) {
        var status = new Span(l.sent() ? getTranslation("letter.status.sent", LetterText.day(l.sentAt()))
                : getTranslation("letter.status.draft", app.tether.base.ui.Dates.dateTime(l.updatedAt())));
        status.addClassNames("badge", l.sent() ? "badge-sent" : "badge-draft");
        var head = new Div(status, new Span(LetterText.to(this, l)));
        head.addClassName("letter-card-head");
        var card = new Div(head);
        card.addClassName("letter-card");
        card.setId("letter-" + l.id());
        if (l.followsSentAt() != null) {
            card.add(muted(getTranslation("letter.follows", LetterText.day(l.followsSentAt()))));
        }
        var actions = new Div();
        actions.addClassName("row-actions");
        if (l.draft()) {
            card.add(new Paragraph(l.body().isBlank() ? getTranslation("letter.empty") : LetterText.preview(l, 180)));
            if (!details.closed()) {
                var cont = new Button(getTranslation("letter.continue"), e -> openDraft(l));
                cont.setId("letter-continue-" + l.id());
                actions.add(cont);
            }
        } else {
            // The first words, until the whole letter is opened below them.
            var preview = new Paragraph(LetterText.preview(l, 180));
            var whole = new Details(getTranslation("letter.read"), LetterText.body(this, l),
                    muted(getTranslation("letter.by", l.authorName())));
            whole.addClassName("letter-whole");
            whole.setId("letter-read-" + l.id());
            whole.addOpenedChangeListener(e -> preview.setVisible(!e.isOpened()));
            card.add(preview, whole);
            if (!details.closed()) {
                var follow = new Button(getTranslation("letter.followUp"), e -> startFollowUp(l));
                follow.setId("letter-follow-" + l.id());
                actions.add(follow);
            }
            actions.add(app.tether.base.ui.PdfDownloadLink.of(this, () -> letters.print(l.id()), "letter-pdf-" + l.id(),
                    getTranslation("letter.pdf.download")));
        }
        card.add(actions);
        return card;
    }

    // ---- the editor ----

    private void openNew() {
        editing = null;
        editorTitle.setText(getTranslation("letter.new"));
        editorFollows.setVisible(false);
        recipients.setValue(Set.copyOf(details.clients()));
        body.clear();
        showEditor();
    }

    private void openDraft(LetterRecord l) {
        editing = l;
        fill(l);
        showEditor();
    }

    private void startFollowUp(LetterRecord sent) {
        try {
            openDraft(letters.startFollowUp(sent.id()));
            renderList();
        } catch (ValidationProblem p) {
            Notices.error(errors.show(p));
        }
    }

    private void fill(LetterRecord l) {
        editorTitle.setText(getTranslation(l.followsSentAt() == null ? "letter.draft" : "letter.followUp.heading",
                LetterText.day(l.followsSentAt())));
        editorFollows.setVisible(false);
        Set<Long> to = l.recipients().stream().map(LetterRecord.Addressee::clientId).collect(Collectors.toSet());
        recipients.setValue(details.clients().stream().filter(c -> to.contains(c.accountId()))
                .collect(Collectors.toSet()));
        body.setValue(l.body());
    }

    private void showEditor() {
        errors.clear();
        newerPanel.setVisible(false);
        editor.setVisible(true);
        discard.setVisible(editing != null);
        render();
        body.focus();
    }

    private void closeEditor() {
        editing = null;
        editor.setVisible(false);
        newerPanel.setVisible(false);
        render();
    }

    private LetterInput input() {
        return new LetterInput(recipients.getValue().stream().map(ClientRef::accountId).toList(), body.getValue());
    }

    /** Saves what is in the editor as a draft (a new letter becomes one); true when it was saved. */
    private boolean store() {
        try {
            editing = editing == null ? letters.startLetter(details.caseId(), input())
                    : letters.saveDraft(editing.id(), input(), editing.version());
            errors.clear();
            newerPanel.setVisible(false);
            discard.setVisible(true);
            return true;
        } catch (ValidationProblem p) {
            String rest = errors.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        } catch (StaleDataException e) {
            staleDraft();
        } catch (AccessDeniedException e) {
            Notices.error(getTranslation("common.notAvailable"));
        }
        return false;
    }

    private void save() {
        try {
            if (store()) {
                Notices.success(getTranslation("letter.saved"));
                renderList();
            }
        } finally {
            saveDraft.setEnabled(true);
        }
    }

    /** Saves first (so nothing typed is lost if the person stops here), then asks. */
    private void askToSend() {
        try {
            if (!store()) {
                return;
            }
            renderList();
            var confirm = new ConfirmDialog(getTranslation("letter.confirm.title"),
                    getTranslation("letter.confirm.text", LetterText.names(editing)),
                    getTranslation("letter.confirm.send"), e -> sendNow(), getTranslation("common.cancel"), e -> { });
            confirm.setId("letter-confirm");
            confirm.open();
        } finally {
            send.setEnabled(true);
        }
    }

    private void sendNow() {
        try {
            LetterRecord sent = letters.send(editing.id(), input(), editing.version());
            Notices.success(getTranslation("letter.sentNotice", LetterText.names(sent)));
            closeEditor();
        } catch (ValidationProblem p) {
            String rest = errors.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        } catch (StaleDataException e) {
            staleDraft();
        } catch (AccessDeniedException e) {
            Notices.error(getTranslation("common.notAvailable"));
        }
    }

    private void askToDiscard() {
        if (editing == null) {
            closeEditor();
            return;
        }
        var confirm = new ConfirmDialog(getTranslation("letter.discard"), "", getTranslation("letter.discard"), e -> {
            try {
                letters.discard(editing.id(), editing.version());
                Notices.success(getTranslation("letter.discarded"));
                closeEditor();
            } catch (StaleDataException ex) {
                staleDraft();
            } catch (ValidationProblem p) {
                Notices.error(errors.show(p));
            }
        }, getTranslation("common.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /**
     * Someone saved this draft elsewhere first: show that version beside the editor and keep what was
     * typed here; the next save (a deliberate one) replaces it.
     */
    private void staleDraft() {
        try {
            editing = letters.letter(editing.id());
        } catch (AccessDeniedException gone) {
            Notices.error(getTranslation("common.notAvailable"));
            return;
        }
        if (editing.sent()) {
            Notices.error(getTranslation("validation.letter.sent"));
            return;
        }
        newerPanel.removeAll();
        newerPanel.add(new H3(getTranslation("letter.newer")), muted(getTranslation("letter.newer.help")),
                muted(LetterText.to(this, editing)), LetterText.body(this, editing));
        newerPanel.setVisible(true);
        Notices.error(getTranslation("common.stale"));
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letter.pageTitle") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return details == null ? null
                : AuditEvent.opened(AuditAction.LETTERS_OPENED, details.caseId(), "CASE", details.caseId());
    }
}
