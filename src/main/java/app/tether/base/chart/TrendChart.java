package app.tether.base.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * What a 1-10 trend chart shows, independent of where it is drawn (screen or PDF).
 *
 * @param title       accessible name of the chart
 * @param description accessible summary (the numbers in words)
 * @param from        first day on the time axis
 * @param to          last day on the time axis
 * @param series      one line per person
 * @param markers     vertical marks, e.g. stage changes
 * @param target      optional band the therapist aims for, or null
 */
public record TrendChart(String title, String description, LocalDate from, LocalDate to, List<Series> series,
                         List<Marker> markers, Band target) {

    public TrendChart {
        series = List.copyOf(series);
        markers = List.copyOf(markers);
    }

    /** A person's ratings; emphasised points (in-session ratings) are drawn larger. */
    public record Series(String name, String color, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Point(LocalDate day, int value, boolean emphasised) {
    }

    public record Marker(LocalDate day, String label) {
    }

    public record Band(int low, int high) {
    }
}
