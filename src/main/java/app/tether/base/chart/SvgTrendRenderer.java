package app.tether.base.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Draws a {@link TrendChart} as standalone SVG: one renderer for the screen and the printed
 * summary, so both show the same picture. Small on purpose: axes, band, lines, points, markers,
 * legend, and accessible title and description. All text is XML-escaped.
 */
public final class SvgTrendRenderer {

    private static final int LEFT = 34;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 46;

    private SvgTrendRenderer() {
    }

    public static String render(TrendChart chart, int width, int height) {
        return render(chart, width, height, app.tether.base.Translator.LOCALE);
    }

    /** Ticks read as day and month in the language's own order ("Nov 25" in English). */
    public static String render(TrendChart chart, int width, int height, Locale locale) {
        DateTimeFormatter tick = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale);
        int plotW = width - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        long days = Math.max(1, ChronoUnit.DAYS.between(chart.from(), chart.to()));
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"DejaVu Sans, Noto Sans Devanagari, Noto Sans CJK SC, Symbola, Arial, sans-serif\">");
        svg.append("<title id=\"chart-title\">").append(escape(chart.title())).append("</title>");
        svg.append("<desc id=\"chart-desc\">").append(escape(chart.description())).append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>");
        if (chart.target() != null) {
            double y1 = y(chart.target().high(), plotH);
            double y2 = y(chart.target().low(), plotH);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#e3f0ef\"/>",
                    LEFT, y1 - 4, plotW, Math.max(8, y2 - y1 + 8)));
        }
        for (int v = 1; v <= 10; v++) {
            double yy = y(v, plotH);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>",
                    LEFT, yy, LEFT + plotW, yy, v == 1 || v == 10 ? "#c9ccd1" : "#eceef1"));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"#5b6270\" text-anchor=\"end\">%d</text>",
                    LEFT - 6, yy + 3.5, v));
        }
        int ticks = (int) Math.min(Math.min(6, days), fittingTicks(tick.format(chart.to()), plotW));
        for (int i = 0; i <= ticks; i++) {
            LocalDate d = chart.from().plusDays(Math.round((double) days * i / ticks));
            double xx = x(d, chart.from(), days, plotW);
            // Edge labels lean inwards so they are never cut off.
            String anchor = i == 0 ? "start" : i == ticks ? "end" : "middle";
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#5b6270\" text-anchor=\"%s\">%s</text>",
                    xx, TOP + plotH + 14, anchor, escape(tick.format(d))));
        }
        for (TrendChart.Marker m : chart.markers()) {
            if (m.day().isBefore(chart.from()) || m.day().isAfter(chart.to())) {
                continue;
            }
            double xx = x(m.day(), chart.from(), days, plotW);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b5654a\" stroke-dasharray=\"3 3\"/>",
                    xx, TOP, xx, TOP + plotH));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" fill=\"#8a4630\">%s</text>", xx + 3, TOP + 9,
                    escape(m.label())));
        }
        for (TrendChart.Series s : chart.series()) {
            if (s.points().isEmpty()) {
                continue;
            }
            StringBuilder path = new StringBuilder();
            for (TrendChart.Point p : s.points()) {
                path.append(String.format(Locale.ROOT, "%s%.1f,%.1f ", path.isEmpty() ? "" : "",
                        x(p.day(), chart.from(), days, plotW), y(p.value(), plotH)));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(escape(s.color()))
                    .append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"").append(path.toString().trim())
                    .append("\"/>");
            for (TrendChart.Point p : s.points()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\"%s/>",
                        x(p.day(), chart.from(), days, plotW), y(p.value(), plotH), p.emphasised() ? "4.5" : "2.5",
                        escape(s.color()), p.emphasised() ? " stroke=\"#ffffff\" stroke-width=\"1.5\"" : ""));
            }
        }
        int lx = LEFT;
        for (TrendChart.Series s : chart.series()) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#1f2937\">%s</text>",
                    lx, height - 13, escape(s.color()), lx + 16, height - 9, escape(s.name())));
            lx += 24 + s.name().length() * 7;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * How many intervals the day labels can share without touching: an edge label (anchored at its
     * end) beside a centred one needs one and a half labels of room. Wide glyphs (Chinese "11月26日")
     * take about a full em at font size 10, others about six tenths.
     */
    static int fittingTicks(String label, int plotW) {
        double width = label.codePoints().mapToDouble(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x30FF || c >= 0xFF00 && c <= 0xFFEF ? 10 : 6).sum();
        return Math.max(1, (int) (plotW / (1.5 * width + 8)));
    }

    /** A tiny line of the recent ratings for a caseload card: no axes, last point marked. */
    public static String sparkline(java.util.List<Integer> values, int width, int height, String color) {
        StringBuilder svg = new StringBuilder(512);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-hidden=\"true\">");
        if (!values.isEmpty()) {
            double step = values.size() == 1 ? 0 : (double) (width - 4) / (values.size() - 1);
            StringBuilder pts = new StringBuilder();
            double lastX = 0;
            double lastY = 0;
            for (int i = 0; i < values.size(); i++) {
                lastX = 2 + i * step;
                lastY = 2 + (height - 4) * (10 - values.get(i)) / 9.0;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", lastX, lastY));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(escape(color)).append("\" stroke-width=\"1.5\" points=\"")
                    .append(pts.toString().trim()).append("\"/>");
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\"/>", lastX, lastY,
                    escape(color)));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static double x(LocalDate day, LocalDate from, long days, int plotW) {
        return LEFT + plotW * (double) ChronoUnit.DAYS.between(from, day) / days;
    }

    private static double y(int value, int plotH) {
        return TOP + plotH * (10 - value) / 9.0;
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
