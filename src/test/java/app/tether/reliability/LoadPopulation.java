package app.tether.reliability;

import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.homework.AssignRequest;
import app.tether.homework.HomeworkService;
import app.tether.programme.ExerciseDraft;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FieldKind;
import app.tether.security.AccountProvisioning;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people of scenarios 1 and 2, made once per run of the harness (never the demo practice):
 * therapists, each with their share of the clients, one individual case per client, and one piece of
 * homework per client (a one-line exercise of the load's own), which they send again and again (a
 * client may revise until it is reviewed).
 */
record LoadPopulation(List<Person> therapists, List<Client> clients, String fieldKey) {

    record Client(Person person, Person therapist, long caseId, long assignmentId) {
    }

    private static LoadPopulation made;

    static synchronized LoadPopulation of(ReliabilityRun run) {
        if (made == null) {
            made = make(run);
        }
        return made;
    }

    private static LoadPopulation make(ReliabilityRun run) {
        var data = new TestData(run.bean(AccountProvisioning.class), run.bean(CaseProvisioning.class));
        var users = new TestUsers(run.bean(UserDetailsService.class));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<Person> therapists = new ArrayList<>();
        for (int t = 0; t < run.settings().therapists(); t++) {
            therapists.add(data.person(app.tether.security.Role.THERAPIST, "Load Therapist " + tag + " " + t));
        }
        var library = run.bean(ExerciseLibraryService.class);
        var exercise = users.as(therapists.getFirst().username(), () -> library.create(new ExerciseDraft(
                "Load one line " + tag, 1, "Write one line about today.", false,
                List.of(new ExerciseDraft.FieldDraft("Today in one line", FieldKind.TEXT, null, null, null, true)))));
        var homework = run.bean(HomeworkService.class);
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < run.settings().clients(); c++) {
            Person therapist = therapists.get(c % therapists.size());
            Person client = data.client("Load Client " + tag + " " + c);
            long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 10, client);
            long assignment = users.as(therapist.username(), () -> homework.assign(new AssignRequest(caseId,
                    List.of(exercise.id()), List.of(client.id()), null, null))).getFirst().id();
            clients.add(new Client(client, therapist, caseId, assignment));
        }
        return new LoadPopulation(List.copyOf(therapists), List.copyOf(clients), exercise.fields().getFirst().key());
    }

    /** For SQL: the clients' account ids, "1,2,3". */
    String clientIds() {
        return clients.stream().map(c -> String.valueOf(c.person().id())).collect(Collectors.joining(","));
    }

    String caseIds() {
        return clients.stream().map(c -> String.valueOf(c.caseId())).collect(Collectors.joining(","));
    }

    String assignmentIds() {
        return clients.stream().map(c -> String.valueOf(c.assignmentId())).collect(Collectors.joining(","));
    }
}
