package app.tether.home;

import app.tether.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The therapist's home screen: the day's sessions, every case with its figures and the reasons it
 * needs attention. One load runs a fixed number of statements, whatever the caseload's size.
 */
@Service
public class HomeService {

    private final Clock clock;

    HomeService(Clock clock) {
        this.clock = clock;
    }

    /** The signed-in therapist's home screen. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public HomeScreen load() {
        // Contract stub: the data branch fills this in.
        return new HomeScreen(LocalDate.now(clock), List.of(), List.of(), AttentionSettings.DEFAULTS);
    }

    /** Hides a reason on one of the therapist's own cases until something new happens there. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public void acknowledge(long caseId, AttentionKind kind) {
        throw new UnsupportedOperationException("contract stub");
    }

    /** The signed-in therapist's thresholds (the defaults until they change one). */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public AttentionSettings settings() {
        return AttentionSettings.DEFAULTS;
    }

    /** Saves the signed-in therapist's thresholds; out-of-range values are refused with a ValidationProblem. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public AttentionSettings saveSettings(AttentionSettings settings) {
        throw new UnsupportedOperationException("contract stub");
    }
}
