package app.tether.demo;

import app.tether.base.PracticeTime;
import app.tether.caseload.CaseProvisioning;
import app.tether.rituals.Frequency;
import app.tether.rituals.RitualProvisioning;
import app.tether.rituals.RitualSuggestion;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.IntPredicate;
import org.springframework.stereotype.Component;

/**
 * The demo's readiness and rituals (decision 031): the silent couple was not ready to talk at first and
 * became ready in stage 4, then agreed a daily kind gesture and a weekly check-in; Chen Jing keeps her
 * weekly check-in, Liu Jia a message before each parting. Ticks stop yesterday, so today is left to tick.
 */
@Component
class DemoRituals {

    private final CaseProvisioning cases;
    private final RitualProvisioning rituals;
    private final PracticeTime time;

    DemoRituals(CaseProvisioning cases, RitualProvisioning rituals, PracticeTime time) {
        this.cases = cases;
        this.rituals = rituals;
        this.time = time;
    }

    void couple(long caseId, long zhao, long zhou, long therapist, LocalDate start) {
        cases.recordReadiness(caseId, false, start.plusDays(1), "Two months without speaking. Talking now would "
                + "add pressure; each begins with their own ways of coping.", therapist);
        cases.recordReadiness(caseId, true, start.plusDays(22), "Small kind gestures have opened short exchanges; "
                + "both want to try listening to each other.", therapist);
        ZoneId zone = time.zone();
        long gesture = rituals.addRitual(caseId, RitualSuggestion.KIND_GESTURE, null, Frequency.DAILY,
                "Something small for the other, no words needed.", therapist, start.plusDays(22), zone);
        long checkIn = rituals.addRitual(caseId, RitualSuggestion.CHECK_IN, null, Frequency.WEEKLY,
                "Sunday evening, phones away.", therapist, start.plusDays(33), zone);
        ticks(gesture, zhao, start.plusDays(22), d -> d % 7 != 3);
        ticks(gesture, zhou, start.plusDays(23), d -> d % 7 != 1 && d % 7 != 5);
        ticks(checkIn, zhao, start.plusDays(33), d -> d % 7 == 6);
        ticks(checkIn, zhou, start.plusDays(33), d -> d % 7 == 6);
    }

    void chenJing(long caseId, long chen, long therapist, LocalDate start) {
        long checkIn = rituals.addRitual(caseId, RitualSuggestion.CHECK_IN, null, Frequency.WEEKLY,
                "Saturday morning, after the shopping.", therapist, start.plusDays(26), time.zone());
        ticks(checkIn, chen, start.plusDays(26), d -> d % 7 == 5);
    }

    void liuJia(long caseId, long liu, LocalDate start) {
        long message = rituals.addRitual(caseId, RitualSuggestion.SECURITY_MESSAGE, null, Frequency.DAILY,
                null, liu, start.plusDays(4), time.zone());
        ticks(message, liu, start.plusDays(4), d -> d % 3 != 2);
    }

    /** Ticks on the days from {@code from} to yesterday whose index (days since from) the pattern picks. */
    private void ticks(long ritualId, long clientId, LocalDate from, IntPredicate pattern) {
        LocalDate yesterday = time.today().minusDays(1);
        int i = 0;
        for (LocalDate d = from; !d.isAfter(yesterday); d = d.plusDays(1), i++) {
            if (pattern.test(i)) {
                rituals.tick(ritualId, clientId, d, time.zone());
            }
        }
    }
}
