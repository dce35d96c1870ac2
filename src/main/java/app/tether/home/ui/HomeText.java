package app.tether.home.ui;

import app.tether.base.chart.SvgTrendRenderer;
import app.tether.base.ui.Dates;
import app.tether.home.AttentionReason;
import app.tether.home.Direction;
import app.tether.home.HomeCase;
import app.tether.home.PartnerTrend;
import app.tether.home.TodayItem;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Objects;

/** The home screen's words for reasons, trends, times and sessions, from the bundle. */
final class HomeText {

    static final int SPARK_WIDTH = 64;
    static final int SPARK_HEIGHT = 20;

    private HomeText() {
    }

    static String reason(Component c, AttentionReason r) {
        return c.getTranslation(r.messageKey(), r.args().toArray());
    }

    /** Direction in words as well as colour: the colour alone would not reach everyone. */
    static HomeView.TrendCell trend(Component c, PartnerTrend p, boolean named) {
        Direction d = p.direction() == null ? Direction.NONE : p.direction();
        List<Integer> points = p.weekly().stream().filter(Objects::nonNull).map(v -> (int) Math.round(v)).toList();
        String svg = points.size() < 2 ? "" : SvgTrendRenderer.sparkline(points, SPARK_WIDTH, SPARK_HEIGHT, colour(d));
        String latest = p.latest() == null ? c.getTranslation("home.noRating") : String.valueOf(p.latest());
        return new HomeView.TrendCell(named ? p.name() : "", latest, svg,
                p.latest() == null ? "" : c.getTranslation("home.direction." + d.name()), d.name().toLowerCase());
    }

    /** The same hues as the stylesheet's trend words; falling is the warm one. */
    static String colour(Direction d) {
        return switch (d) {
            case UP -> "#2e6440";
            case DOWN -> "#a34a2e";
            default -> "#5c605e";
        };
    }

    /** "24 Nov" within this year, the full date otherwise: a narrow column, never an ambiguous year. */
    static String shortDate(java.time.LocalDate day, java.time.LocalDate today) {
        return day.getYear() == today.getYear() ? Dates.dayMonth(day) : Dates.date(day);
    }

    /** "3 Dec, 18:00" within this year. */
    static String shortDateTime(java.time.LocalDateTime at, java.time.LocalDate today) {
        return at.getYear() == today.getYear() ? Dates.dayMonthTime(at) : Dates.dateTime(at);
    }

    static String timeRange(TodayItem i) {
        return Dates.timeRange(i.start().toLocalTime(), i.end() == null ? null : i.end().toLocalTime());
    }

    /** "Last: 12 Nov 2026 · Next: 26 Nov 2026, 15:00", for a phone's card. */
    static String sessions(Component c, HomeCase hc) {
        String last = hc.lastSession() == null ? c.getTranslation("home.never") : Dates.date(hc.lastSession());
        String next = hc.nextSession() == null ? c.getTranslation("home.noneBooked") : Dates.dateTime(hc.nextSession());
        return c.getTranslation("home.lastShort", last) + " · " + c.getTranslation("home.nextShort", next);
    }
}
