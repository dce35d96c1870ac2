package app.tether.scales;

import app.tether.base.chart.TrendChart;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Builds the trend chart model from a case's scale; {@code t} translates message keys, so the
 * same chart serves the screen and (later) the printed summary.
 */
public final class ScaleChartFactory {

    public static final String[] COLORS = {"#2f6f73", "#b5654a"};

    private ScaleChartFactory() {
    }

    public static TrendChart chart(CaseScale scale, BiFunction<String, Object[], String> t) {
        List<TrendChart.Series> series = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < scale.people().size(); i++) {
            PersonTrend p = scale.people().get(i);
            List<TrendChart.Point> points = scale.ratings().stream().filter(r -> r.clientId() == p.clientId())
                    .map(r -> new TrendChart.Point(r.day(), r.value(), r.source() == RatingSource.SESSION)).toList();
            series.add(new TrendChart.Series(p.name(), COLORS[i % COLORS.length], points));
            description.append(p.latest() == null ? t.apply("scale.desc.none", new Object[] {p.name()})
                    : t.apply("scale.desc.person", new Object[] {p.name(), p.first(), p.latest(), p.count()})).append(' ');
        }
        List<TrendChart.Marker> markers = scale.stageChanges().stream()
                .map(s -> new TrendChart.Marker(s.day(), t.apply("scale.marker", new Object[] {s.stage()}))).toList();
        TrendChart.Band band = scale.targetLow() == null ? null
                : new TrendChart.Band(scale.targetLow(), scale.targetHigh());
        return new TrendChart(t.apply("scale.chartTitle", new Object[0]), description.toString().trim(), scale.from(),
                scale.to(), series, markers, band);
    }

    public static TrendChart chart(MyScale mine, java.time.LocalDate from, java.time.LocalDate to,
                                   BiFunction<String, Object[], String> t) {
        List<TrendChart.Point> points = mine.ratings().stream()
                .map(r -> new TrendChart.Point(r.day(), r.value(), r.source() == RatingSource.SESSION)).toList();
        String description = mine.me().latest() == null ? t.apply("scale.desc.none", new Object[] {mine.me().name()})
                : t.apply("scale.desc.person", new Object[] {mine.me().name(), mine.me().first(), mine.me().latest(),
                        mine.me().count()});
        return new TrendChart(t.apply("scale.chartTitle", new Object[0]), description, from, to,
                List.of(new TrendChart.Series(mine.me().name(), COLORS[0], points)), List.of(), null);
    }
}
