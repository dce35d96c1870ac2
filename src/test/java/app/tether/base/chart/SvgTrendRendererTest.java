package app.tether.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class SvgTrendRendererTest {

    static final LocalDate START = LocalDate.of(2026, 10, 1);

    static TrendChart chart(String name) {
        return new TrendChart("Scale <over> time", "Chen: 2 to 7", START, START.plusDays(30),
                List.of(new TrendChart.Series(name, "#2f6f73", List.of(new TrendChart.Point(START, 2, false),
                                new TrendChart.Point(START.plusDays(15), 5, true), new TrendChart.Point(START.plusDays(30), 7, false))),
                        new TrendChart.Series("Zhou Ting", "#b5654a", List.of())),
                List.of(new TrendChart.Marker(START.plusDays(10), "Stage 2"), new TrendChart.Marker(START.minusDays(3), "before")),
                new TrendChart.Band(6, 8));
    }

    @Test
    void the_svg_is_well_formed_xml_with_title_lines_points_markers_and_band() throws Exception {
        String svg = SvgTrendRenderer.render(chart("Chen Jing"), 600, 260);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Scale <over> time");
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(svg).contains("r=\"4.5\"").contains(">Stage 2<").doesNotContain(">before<").contains("fill=\"#e3f0ef\"");
        assertThat(svg).contains(">10<").contains(">1<");
    }

    @Test
    void names_are_escaped_so_typed_text_never_becomes_markup() throws Exception {
        String svg = SvgTrendRenderer.render(chart("<script>alert(1)</script> & co"), 600, 260);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void a_higher_rating_is_drawn_higher_on_the_page() {
        String svg = SvgTrendRenderer.render(chart("A"), 600, 260);
        String points = svg.replaceAll("(?s).*points=\"([^\"]+)\".*", "$1");
        String[] xy = points.split(" ");
        double firstY = Double.parseDouble(xy[0].split(",")[1]);
        double lastY = Double.parseDouble(xy[2].split(",")[1]);
        assertThat(lastY).isLessThan(firstY);
    }

    @Test
    void the_sparkline_marks_the_latest_value() {
        String svg = SvgTrendRenderer.sparkline(List.of(3, 4, 6), 72, 22, "#2f6f73");
        assertThat(svg).contains("<polyline").contains("<circle").contains("aria-hidden=\"true\"");
        assertThat(SvgTrendRenderer.sparkline(List.of(), 72, 22, "#000")).doesNotContain("polyline");
    }

    @Test
    void chinese_day_labels_take_fewer_ticks_on_a_phone_so_they_never_touch() {
        String svg = SvgTrendRenderer.render(chart("陈静"), 420, 260, java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(svg).contains(">10月1日<").contains(">10月31日<");
        long chinese = java.util.regex.Pattern.compile(">\\d+月\\d+日<").matcher(svg).results().count();
        long english = java.util.regex.Pattern.compile(">\\d+ [A-Z][a-z]+<").matcher(
                SvgTrendRenderer.render(chart("Chen Jing"), 420, 260, java.util.Locale.UK)).results().count();
        assertThat(english).isEqualTo(7);
        assertThat(chinese).isBetween(4L, 6L);
        assertThat(SvgTrendRenderer.fittingTicks("11月26日", 374)).isLessThan(SvgTrendRenderer.fittingTicks("26 Nov", 374));
    }
}
