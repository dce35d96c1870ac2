package app.tether.reliability;

import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.audit.AuditQuery;
import app.tether.audit.AuditService;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionFilter;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.homework.Answers;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.homework.MyHomeworkService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.reliability.HostileInputs.Category;
import app.tether.reliability.HostileInputs.Input;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleService;
import app.tether.security.AccountEdit;
import app.tether.security.AccountProvisioning;
import app.tether.security.AccountService;
import app.tether.security.NewAccount;
import app.tether.security.Role;
import app.tether.sessions.AppointmentInput;
import app.tether.sessions.AppointmentMode;
import app.tether.sessions.AppointmentService;
import app.tether.sessions.Repeat;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario 4 of issue 16: generated hostile text through every form-backed service (as the
 * signed-in person the browser would be, on fresh accounts and cases) and through the URL of
 * every route; only validation messages, refusals and not-found may come back, never a server
 * error. Then a sample of stored hostile text is read back through the views, the session
 * summary PDF and the case export CSV ({@link HostileReadBack}). The full run sends
 * {@code settings.hostileInputs()} (10,000) inputs in all; CI sends fewer per target.
 */
final class HostileInputScenario {

    /** Inputs in all in CI's short run: every category reaches every target at least once. */
    static final int SHORT_TOTAL = 750;

    private HostileInputScenario() {
    }

    /** One form-backed service method, called with one hostile text as {@code user}. */
    record Target(String name, String user, Call call) {
    }

    @FunctionalInterface
    interface Call {
        void accept(String text);
    }

    /** Counts per target: sent, refused with a validation message (or refusal), stored or answered. */
    static final class Tally {
        int sent;
        int refused;
        int stored;
        int errors;
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        long started = System.nanoTime();
        var users = new TestUsers(run.bean(UserDetailsService.class));
        var data = new TestData(run.bean(AccountProvisioning.class), run.bean(CaseProvisioning.class));
        List<String> problems = new ArrayList<>();
        List<Target> targets = targets(run, data, users);
        int total = run.settings().full() ? run.settings().hostileInputs()
                : Math.min(run.settings().hostileInputs(), SHORT_TOTAL);
        int perTarget = Math.max(Category.values().length, total / targets.size());
        var inputs = new HostileInputs(20_261_116L);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<Category, Integer> errorsByCategory = new EnumMap<>(Category.class);
        long deadline = System.nanoTime() + run.settings().ceiling().toNanos();
        int sent = 0;
        for (Target t : targets) {
            Tally tally = tallies.computeIfAbsent(t.name(), k -> new Tally());
            for (int i = 0; i < perTarget && System.nanoTime() < deadline; i++) {
                Input in = inputs.next();
                tally.sent++;
                sent++;
                try {
                    users.run(t.user(), () -> t.call().accept(in.text()));
                    tally.stored++;
                } catch (ValidationProblem | AccessDeniedException | StaleDataException expected) {
                    tally.refused++;
                } catch (RuntimeException | StackOverflowError e) {
                    tally.errors++;
                    errorsByCategory.merge(in.category(), 1, Integer::sum);
                    if (problems.size() < 40) {
                        problems.add(t.name() + " with " + in.describe() + ": " + rootCause(e));
                    }
                }
            }
        }
        if (System.nanoTime() >= deadline) {
            problems.add("services: stopped at the time ceiling after " + sent + " inputs");
        }
        long servicesMs = (System.nanoTime() - started) / 1_000_000;

        var routes = HostileRoutes.run(run, data, inputs, run.settings().full() ? 20 : 2, problems);
        var readBack = HostileReadBack.run(run, data, users, problems);

        long ms = (System.nanoTime() - started) / 1_000_000;
        int refused = tallies.values().stream().mapToInt(x -> x.refused).sum();
        int stored = tallies.values().stream().mapToInt(x -> x.stored).sum();
        int errors = tallies.values().stream().mapToInt(x -> x.errors).sum();
        StringBuilder figures = new StringBuilder();
        figures.append(sent).append(" inputs through ").append(targets.size()).append(" service methods (")
                .append(perTarget).append(" each, every one of ").append(Category.values().length)
                .append(" categories): ").append(refused).append(" refused with a validation message, ")
                .append(stored).append(" stored or answered, ").append(errors).append(" server errors; ")
                .append(servicesMs).append(" ms. ").append(routes).append(". ").append(readBack)
                .append(". Total ").append(ms).append(" ms.");
        if (!errorsByCategory.isEmpty()) {
            figures.append(" Errors by category: ").append(errorsByCategory).append('.');
        }
        figures.append("\nPer method (sent/refused/stored): ");
        tallies.forEach((name, x) -> figures.append(name).append(' ').append(x.sent).append('/').append(x.refused)
                .append('/').append(x.stored).append("; "));
        String done = "Sent " + sent + " seeded hostile inputs (" + (run.settings().full() ? "full run" : "CI's short run, "
                + perTarget + " per method") + ") through every form-backed service as the signed-in person, hostile "
                + "path segments and query parameters to every route over HTTP, and read stored hostile text back "
                + "through views, the session summary PDF and the case export CSV.";
        return ScenarioResult.of(4, "Hostile input", done, figures.toString(), problems);
    }

    static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = String.valueOf(c.getMessage());
        return c.getClass().getSimpleName() + ": " + (m.length() > 160 ? m.substring(0, 160) + "…" : m);
    }

    /** Every service method that takes free text from a form or a filter, with what it needs set up. */
    private static List<Target> targets(ReliabilityRun run, TestData data, TestUsers users) {
        var log = run.bean(ExceptionLogService.class);
        var my = run.bean(MyHomeworkService.class);
        var homework = run.bean(HomeworkService.class);
        var library = run.bean(ExerciseLibraryService.class);
        var scale = run.bean(ScaleService.class);
        var sessions = run.bean(SessionService.class);
        var appointments = run.bean(AppointmentService.class);
        var caseload = run.bean(CaseloadService.class);
        var accounts = run.bean(AccountService.class);
        var audit = run.bean(AuditService.class);
        var letters = run.bean(app.tether.letters.LetterService.class);

        var therapist = data.therapist();
        var admin = data.person(Role.ADMIN, "Hostile Admin");
        var client = data.client("Hostile Client");
        var partner = data.client("Hostile Partner");
        var passwordClient = data.client("Hostile Password");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 30, client, partner);
        long closingCase = data.enrolledCase(therapist, Lens.NARRATIVE, 10, data.client("Hostile Closing"));
        String t = therapist.username();
        String c = client.username();
        String a = admin.username();

        // A therapist's own exercise with one text prompt, assigned to the client.
        ExerciseDefinition exercise = users.as(t, () -> library.create(new ExerciseDraft("Hostile exercise", 1,
                "Write anything.", false, List.of(new ExerciseDraft.FieldDraft("Anything", FieldKind.TEXT, null, null,
                        null, false)))));
        String textKey = exercise.fields().getFirst().key();
        long assignment = users.as(t, () -> homework.assign(new AssignRequest(caseId, List.of(exercise.id()),
                List.of(client.id()), null, "note", AssignRequest.Duplicates.ASSIGN_AGAIN))).getFirst().id();
        long commented = users.as(t, () -> homework.assign(new AssignRequest(caseId, List.of(exercise.id()),
                List.of(client.id()), null, "note", AssignRequest.Duplicates.ASSIGN_AGAIN))).getFirst().id();
        users.run(c, () -> my.submit(commented, new Answers(Map.of(textKey, List.of("first answer"))),
                my.open(commented).summary().version()));
        // Stage 4's Exception Deep Description: its moment picks take entry ids.
        ExerciseDefinition deep = users.as(t, () -> library.stageSet(4).stream()
                .filter(e -> e.fields().stream().anyMatch(f -> f.kind() == FieldKind.MOMENTS)).findFirst().orElseThrow());
        String momentsKey = deep.fields().stream().filter(f -> f.kind() == FieldKind.MOMENTS).findFirst().orElseThrow().key();
        long picks = users.as(t, () -> homework.assign(new AssignRequest(caseId, List.of(deep.id()),
                List.of(client.id()), null, null, AssignRequest.Duplicates.ASSIGN_AGAIN))).getFirst().id();
        users.run(t, () -> homework.markReviewed(commented, null, homework.submission(commented).summary().version()));
        var comment = users.as(t, () -> homework.addComment(commented, "first comment"));
        AtomicLong commentVersion = new AtomicLong(comment.version());
        long sessionId = users.as(t, () -> sessions.create(caseId, new SessionInput(LocalDateTime.now().minusHours(2),
                List.of(client.id()), Map.of(), "first notes"))).id();
        AtomicLong sessionVersion = new AtomicLong(users.as(t, () -> sessions.session(sessionId)).version());
        AtomicLong caseVersion = new AtomicLong(users.as(t, () -> caseload.caseDetails(caseId)).version());
        AtomicLong closingVersion = new AtomicLong(users.as(t, () -> caseload.caseDetails(closingCase)).version());
        AtomicInteger turn = new AtomicInteger();
        long editedAccount = data.client("Hostile Edited").id();
        AtomicLong accountVersion = new AtomicLong(users.as(a, () -> accounts.searchAccounts("Hostile Edited"))
                .getFirst().version());
        String[] password = {TestData.PASSWORD};
        LocalDateTime past = LocalDateTime.now().minusDays(1);

        List<Target> list = new ArrayList<>();
        list.add(new Target("ExceptionLogService.saveDraft", c, x -> log.saveDraft(caseId,
                new EntryInput(past, x, x, x, x, x, List.of(x), false))));
        list.add(new Target("ExceptionLogService.save", c, x -> log.save(caseId, null,
                new EntryInput(past, x, null, null, null, x, List.of(x, "tag"), false), 0)));
        list.add(new Target("ExceptionLogService.save(tags)", c, x -> log.save(caseId, null,
                new EntryInput(past, "Context", null, null, null, null, List.of(x), false), 0)));
        list.add(new Target("MyHomeworkService.saveDraft", c, x -> my.saveDraft(assignment,
                new Answers(Map.of(textKey, List.of(x))), null)));
        list.add(new Target("MyHomeworkService.saveDraft(prompt key)", c, x -> my.saveDraft(assignment,
                new Answers(Map.of(x, List.of("answer"))), null)));
        list.add(new Target("MyHomeworkService.submit", c, x -> my.submit(assignment,
                new Answers(Map.of(textKey, List.of(x))), my.open(assignment).summary().version())));
        list.add(new Target("MyHomeworkService.submit(prompt key)", c, x -> my.submit(assignment,
                new Answers(Map.of(x, List.of("answer"))), my.open(assignment).summary().version())));
        list.add(new Target("MyHomeworkService.submit(moment picks)", c, x -> my.submit(picks,
                new Answers(Map.of(momentsKey, List.of(x))), my.open(picks).summary().version())));
        list.add(new Target("MyHomeworkService.addMoment", c, x -> my.addMoment(picks,
                new EntryInput(past, x, null, null, x, null, List.of(), false))));
        list.add(new Target("ScaleService.rateToday", c, x -> scale.rateToday(caseId, 6, x, new ScaleFollowUp(x, x))));
        list.add(new Target("ExerciseLibraryService.create", t, x -> library.create(new ExerciseDraft(x, 2, x, false,
                List.of(new ExerciseDraft.FieldDraft(x, FieldKind.TEXT, x, null, null, false))))));
        list.add(new Target("HomeworkService.assign(note)", t, x -> homework.assign(new AssignRequest(caseId,
                List.of(exercise.id()), List.of(partner.id()), null, x, AssignRequest.Duplicates.ASSIGN_AGAIN))));
        list.add(new Target("HomeworkService.addComment", t, x -> homework.addComment(commented, x)));
        list.add(new Target("HomeworkService.editComment", t, x -> commentVersion.set(
                homework.editComment(comment.id(), x, commentVersion.get()).version())));
        list.add(new Target("SessionService.create", t, x -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusHours(1), List.of(client.id(), partner.id()), Map.of(client.id(), 5), x, null,
                Map.of(client.id(), new ScaleFollowUp(x, x))))));
        list.add(new Target("SessionService.update", t, x -> sessionVersion.set(sessions.update(sessionId,
                new SessionInput(LocalDateTime.now().minusHours(2), List.of(client.id()), Map.of(), x),
                sessionVersion.get()).version())));
        list.add(new Target("AppointmentService.plan(place)", t, x -> appointments.plan(caseId, new AppointmentInput(
                LocalDate.now().plusDays(1 + turn.incrementAndGet() % 300), LocalTime.of(10, 0), 50,
                List.of(client.id()), AppointmentMode.ONLINE, x, Repeat.NONE, null, null), true)));
        list.add(new Target("CaseloadService.changeLens(reason)", t, x -> caseVersion.set(caseload.changeLens(caseId,
                turn.incrementAndGet() % 2 == 0 ? Lens.NARRATIVE : Lens.values()[1], x, caseVersion.get()).version())));
        list.add(new Target("CaseloadService.changeStage(reason)", t, x -> caseVersion.set(caseload.changeStage(caseId,
                1 + turn.incrementAndGet() % 2, x, caseVersion.get()).version())));
        list.add(new Target("CaseloadService.closeCase/reopenCase(reason)", a, x -> {
            var closed = caseload.closeCase(closingCase, LocalDate.now(), x, closingVersion.get());
            closingVersion.set(caseload.reopenCase(closingCase, x, closed.version()).version());
        }));
        list.add(new Target("ExceptionLogService.review(filter)", t, x -> log.review(caseId,
                new ExceptionFilter(null, null, null, x, false, false, x), 0, 50)));
        list.add(new Target("AccountService.createAccount(username)", a, x -> accounts.createAccount(
                new NewAccount(x, "Hostile Name", Role.CLIENT))));
        list.add(new Target("AccountService.createAccount(name)", a, x -> accounts.createAccount(
                new NewAccount("hostile-" + turn.incrementAndGet() + "-" + System.nanoTime() % 100000, x, Role.CLIENT))));
        list.add(new Target("AccountService.updateAccount", a, x -> accountVersion.set(accounts.updateAccount(
                editedAccount, new AccountEdit(x, null, null), accountVersion.get()).version())));
        list.add(new Target("AccountService.updateAccount(contact)", a, x -> accountVersion.set(accounts.updateAccount(
                editedAccount, new AccountEdit("Hostile Edited", x, x), accountVersion.get()).version())));
        list.add(new Target("AccountService.searchAccounts", a, accounts::searchAccounts));
        list.add(new Target("AccountService.welcomeLetter(PDF)", a, x -> accounts.welcomeLetter(editedAccount, x,
                "http://127.0.0.1/" + x)));
        list.add(new Target("AccountService.changeOwnPassword", passwordClient.username(), x -> {
            accounts.changeOwnPassword(password[0], x, x);
            password[0] = x;
        }));
        var letter = users.as(t, () -> letters.startLetter(caseId, new app.tether.letters.LetterInput(
                List.of(client.id()), "first words")));
        AtomicLong letterVersion = new AtomicLong(letter.version());
        list.add(new Target("LetterService.startLetter", t, x -> letters.startLetter(caseId,
                new app.tether.letters.LetterInput(List.of(client.id(), partner.id()), x))));
        list.add(new Target("LetterService.saveDraft", t, x -> letterVersion.set(letters.saveDraft(letter.id(),
                new app.tether.letters.LetterInput(List.of(client.id()), x), letterVersion.get()).version())));
        list.add(new Target("LetterService.send+print(PDF)", t, x -> {
            var draft = letters.startLetter(caseId, new app.tether.letters.LetterInput(List.of(client.id()), "draft"));
            var sent = letters.send(draft.id(), new app.tether.letters.LetterInput(List.of(client.id()), x), draft.version());
            byte[] pdf = letters.print(sent.id()).pdf();
            // Printable ASCII (HTML, SQL, formulas) must come back word for word; spacing is the PDF's.
            // Past a page the footer lands inside the extracted text, so only texts that fit one page.
            if (x.length() <= 1_000 && x.chars().allMatch(ch -> ch >= 0x21 && ch < 0x7f || ch == ' ')) {
                try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                    String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
                    if (!text.contains(x.replaceAll("\\s", ""))) {
                        throw new IllegalStateException("the letter's PDF does not show the text as written: " + x);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }));
        list.add(new Target("AuditService.find(person)", a, x -> audit.find(new AuditQuery(x, null, null, null, null),
                0, 20)));
        return list;
    }

    static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
