package app.tether.demo;

import app.tether.base.DatabaseMode;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import app.tether.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo practice into an empty database: on the embedded database by default, elsewhere
 * only with TETHER_DEMO_ENABLED=true. Dates are relative to today so the demo never goes stale.
 * The case studies behind Chen Jing, Zhao Lei and Zhou Ting, and Liu Jia are in shared/DOMAIN.md.
 */
@Component
@Order(10)
class DemoPracticeSeeder implements ApplicationRunner {

    static final String PASSWORD = "tether-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoPracticeSeeder.class);

    private final DatabaseMode mode;
    private final AccountProvisioning accounts;
    private final CaseProvisioning cases;
    private final Clock clock;
    private final DemoHomework homework;
    private final DemoEvidence evidence;
    private final DemoSessions sessions;
    private final DemoRituals rituals;
    private final Map<String, Long> ids = new HashMap<>();

    DemoPracticeSeeder(DatabaseMode mode, AccountProvisioning accounts, CaseProvisioning cases, Clock clock,
                       DemoHomework homework, DemoEvidence evidence, DemoSessions sessions, DemoRituals rituals) {
        this.rituals = rituals;
        this.sessions = sessions;
        this.homework = homework;
        this.evidence = evidence;
        this.mode = mode;
        this.accounts = accounts;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demoEnabled()) {
            return;
        }
        if (accounts.anyAccountExists()) {
            log.info("Database already has accounts; demo practice not seeded again.");
            return;
        }
        seed();
        log.info("Demo practice seeded: sign in with the demo logins listed in README.md (password '{}').",
                PASSWORD);
    }

    void seed() {
        account("admin", "Practice Admin", Role.ADMIN);
        account("therapist", "Maya Lindqvist", Role.THERAPIST);
        account("therapist2", "Daniel Osei", Role.THERAPIST);
        account("chen.jing", "Chen Jing", Role.CLIENT);
        account("zhao.lei", "Zhao Lei", Role.CLIENT);
        account("zhou.ting", "Zhou Ting", Role.CLIENT);
        account("liu.jia", "Liu Jia", Role.CLIENT);
        account("amira.haddad", "Amira Haddad", Role.CLIENT);
        account("jonas.weber", "Jonas Weber", Role.CLIENT);
        account("sofia.marquez", "Sofia Márquez", Role.CLIENT);
        account("tomas.okafor", "Tomás Okafor", Role.CLIENT);
        account("elena.rossi", "Elena Rossi", Role.CLIENT);
        account("priya.nair", "Priya Nair", Role.CLIENT);
        account("marek.novak", "Marek Novák", Role.CLIENT);

        LocalDate today = LocalDate.now(clock);

        // Chen Jing: anxious-avoidant swings; five weeks in, now building small weekly actions.
        // Stages 4 and 5 came a little ahead of their usual days; her scale rose only in stage 5.
        long chen = enrolled("therapist", Lens.IDENTITY_MIGRATION, today.minusDays(31), "chen.jing");
        LocalDate cj = today.minusDays(31);
        cases.recordStageChange(chen, 2, reason(2), cj.plusDays(7));
        cases.recordStageChange(chen, 3, reason(3), cj.plusDays(14));
        cases.recordStageChange(chen, 4, reason(4), cj.plusDays(19));
        cases.recordStageChange(chen, 5, reason(5), cj.plusDays(26));

        // Zhao Lei and Zhou Ting: two months of silent treatment; six weeks in, consolidating.
        long couple = enrolled("therapist", Lens.CONNECTION, today.minusDays(43), "zhao.lei", "zhou.ting");
        LocalDate cs = today.minusDays(43);
        cases.recordStageChange(couple, 2, reason(2), cs.plusDays(7));
        cases.recordStageChange(couple, 3, reason(3), cs.plusDays(14));
        cases.recordStageChange(couple, 4, reason(4), cs.plusDays(21));
        cases.recordStageChange(couple, 3, "A week of silence after a family visit. Back to describing the "
                + "future they both want before studying exceptions again.", cs.plusDays(24));
        cases.recordStageChange(couple, 4, "The shared picture holds again; a kind gesture ended the last "
                + "silence within a day.", cs.plusDays(27));
        cases.recordStageChange(couple, 5, reason(5), cs.plusDays(32));
        cases.recordStageChange(couple, 6, reason(6), cs.plusDays(39));

        // Liu Jia: panic when replies are late; early days, gathering resources.
        long liu = enrolled("therapist", Lens.NARRATIVE, today.minusDays(9), "liu.jia");
        forward(liu, today.minusDays(9), 2);

        long amira = enrolled("therapist", Lens.THERAPEUTIC_LETTERS, today.minusDays(3), "amira.haddad");
        long jonas = enrolled("therapist", Lens.RELATIONSHIP_IMAGES, today.minusDays(17), "jonas.weber");
        forward(jonas, today.minusDays(17), 2, 3);
        // Sofia Márquez and Tomás Okafor: in a return from stage 5 to stage 4, which the case page and
        // their programme pages show as such.
        long sofia = enrolled("therapist", Lens.IDENTITY_MIGRATION, today.minusDays(36), "sofia.marquez",
                "tomas.okafor");
        forward(sofia, today.minusDays(36), 2, 3, 4, 5);
        cases.recordStageChange(sofia, 4, "Tomás's new shifts brought the old distance back; they want to look "
                + "again at what their better moments had in common before trying new actions.", today.minusDays(3));
        cases.createCase(CaseKind.INDIVIDUAL, ids.get("therapist"), List.of(ids.get("elena.rossi")));

        long priya = enrolled("therapist2", Lens.CONNECTION, today.minusDays(11), "priya.nair");
        forward(priya, today.minusDays(11), 2);
        long marek = enrolled("therapist2", Lens.THERAPEUTIC_LETTERS, today.minusDays(45), "marek.novak");
        forward(marek, today.minusDays(45), 2, 3, 4, 5, 6);
        homework.chenJing(chen, ids.get("chen.jing"), ids.get("therapist"));
        homework.couple(couple, ids.get("zhao.lei"), ids.get("zhou.ting"), ids.get("therapist"));
        homework.liuJia(liu, ids.get("liu.jia"), ids.get("therapist"));
        evidence.chenJing(chen, ids.get("chen.jing"));
        homework.chenJingDeepDescription(chen, ids.get("chen.jing"), ids.get("therapist"),
                evidence.chenJingDeepMoments(chen, ids.get("chen.jing"), 7));
        evidence.couple(couple, ids.get("zhao.lei"), ids.get("zhou.ting"));
        evidence.liuJia(liu, ids.get("liu.jia"));
        sessions.chenJing(chen, ids.get("chen.jing"), ids.get("therapist"));
        sessions.couple(couple, ids.get("zhao.lei"), ids.get("zhou.ting"), ids.get("therapist"));
        sessions.liuJia(liu, ids.get("liu.jia"), ids.get("therapist"));
        evidence.sofiaAndTomas(sofia, ids.get("sofia.marquez"), ids.get("tomas.okafor"));
        sessions.sofiaAndTomas(sofia, ids.get("sofia.marquez"), ids.get("tomas.okafor"), ids.get("therapist"));
        rituals.couple(couple, ids.get("zhao.lei"), ids.get("zhou.ting"), ids.get("therapist"), today.minusDays(43));
        rituals.chenJing(chen, ids.get("chen.jing"), ids.get("therapist"), cj);
        rituals.liuJia(liu, ids.get("liu.jia"), today.minusDays(9));
        log.debug("Demo cases {} {} {}", amira, couple, chen);
    }

    private void account(String username, String name, Role role) {
        ids.put(username, accounts.create(username, name, role, PASSWORD));
    }

    private long enrolled(String therapist, Lens lens, LocalDate start, String... clients) {
        CaseKind kind = clients.length == 2 ? CaseKind.COUPLE : CaseKind.INDIVIDUAL;
        long id = cases.createCase(kind, ids.get(therapist), java.util.Arrays.stream(clients).map(ids::get).toList());
        cases.enrol(id, lens, start);
        return id;
    }

    /** Moves through the given stages on the first day of each stage's nominal range. */
    private void forward(long caseId, LocalDate start, int... stages) {
        for (int stage : stages) {
            int firstDay = app.tether.caseload.Stage.of(stage).firstDay();
            cases.recordStageChange(caseId, stage, reason(stage), start.plusDays(firstDay - 1));
        }
    }

    private static String reason(int stage) {
        return switch (stage) {
            case 2 -> "We agree on what we are working towards; time to collect what already helps.";
            case 3 -> "Strengths and ways of coping are written down; next, a detailed picture of the "
                    + "relationship hoped for.";
            case 4 -> "The hoped-for future is concrete; now we study the moments when things already "
                    + "went better.";
            case 5 -> "The conditions behind the better moments are clear; turning them into small weekly steps.";
            case 6 -> "The small steps are holding; planning for setbacks and marking the progress.";
            default -> "Starting again from the beginning of the cycle.";
        };
    }
}
