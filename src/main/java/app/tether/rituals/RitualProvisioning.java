package app.tether.rituals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * System-side rituals with back-dated ticks, for the demo practice only. Not for views:
 * ModularityTest keeps it to the demo module.
 */
@Component
@Transactional
public class RitualProvisioning {

    private final RitualRepository rituals;
    private final RitualTickRepository ticks;

    RitualProvisioning(RitualRepository rituals, RitualTickRepository ticks) {
        this.rituals = rituals;
        this.ticks = ticks;
    }

    public long addRitual(long caseId, RitualSuggestion suggestion, String name, Frequency frequency, String note,
                          long addedBy, LocalDate on, ZoneId zone) {
        return rituals.save(new Ritual(caseId, suggestion, name, frequency, note, addedBy,
                on.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant())).getId();
    }

    /** One client's tick on a past day; a second one for the same day or week is left out. */
    public void tick(long ritualId, long clientId, LocalDate day, ZoneId zone) {
        Ritual r = rituals.findById(ritualId).orElseThrow();
        LocalDate period = r.getFrequency() == Frequency.WEEKLY ? RitualService.weekOf(day) : day;
        if (ticks.findByRitualIdAndClientIdAndPeriodStart(ritualId, clientId, period).isEmpty()) {
            ticks.save(new RitualTick(ritualId, clientId, period, day, day.atTime(LocalTime.of(20, 0))
                    .atZone(zone).toInstant()));
        }
    }
}
