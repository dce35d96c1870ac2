package app.tether.home;

import java.time.LocalDate;
import java.util.List;

/** Everything the therapist's home screen shows, for the signed-in therapist. */
public record HomeScreen(LocalDate date, List<TodayItem> today, List<HomeCase> cases, AttentionSettings settings) {

    public HomeScreen {
        today = List.copyOf(today);
        cases = List.copyOf(cases);
    }
}
