package app.tether.scales;

import app.tether.homework.HomeworkSubmitted;
import app.tether.programme.FrameworkExercises;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rating inside the Scale Positioning exercise joins the case's scale history, with the
 * exercise's answers to what keeps it from lower and to one point higher as its follow-ups.
 */
@Component
class HomeworkRatingListener {

    private final ScaleService scales;
    private final Clock clock;

    HomeworkRatingListener(ScaleService scales, Clock clock) {
        this.scales = scales;
        this.clock = clock;
    }

    @EventListener
    void on(HomeworkSubmitted event) {
        if (!FrameworkExercises.SCALE_POSITIONING.equals(event.exerciseCode())) {
            return;
        }
        String value = event.answers().first("rating").strip();
        if (value.matches("10|[1-9]")) {
            scales.recordFromHomework(event.caseId(), event.clientId(),
                    LocalDate.ofInstant(event.at(), clock.getZone()), Integer.parseInt(value),
                    new ScaleFollowUp(event.answers().first("notLower"), event.answers().first("onePointHigher")));
        }
    }
}
