package app.tether.reports;

import static app.tether.reports.PdfText.fontOf;
import static app.tether.reports.PdfText.fonts;
import static app.tether.reports.PdfText.lines;
import static app.tether.reports.PdfText.y;
import static org.assertj.core.api.Assertions.assertThat;

import app.tether.base.Language;
import app.tether.base.Translator;
import app.tether.reports.PdfText.Line;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A summary worded in Simplified Chinese, laid out with the Chinese font set (no database). */
class ChineseSummaryRendererTest {

    static final Translator TR = new Translator();
    static final Locale ZH = Language.SIMPLIFIED_CHINESE.locale();
    static final String LONG = "我们周六一起做饭，谁都没有看手机。她笑着说 Tether 上的记录让她想起了那天。".repeat(4)
            + "\n第二行是来访者自己写的。";

    static SessionSummary chinese() {
        var moment = new SessionSummary.ExceptionItem("2026年3月1日 周日 18:00", "陈静", true, "做饭, 周末", LONG,
                "我没有走开，留下来听他说", "也许可以平静地谈", "平静 😊", "我们做得到", TR.t(ZH, "ex.prompt.meaning"));
        var plain = new SessionSummary.ExceptionItem("2026年3月2日 周一 09:30", "陈静", false, "", "早上一起喝茶",
                null, null, null, null, TR.t(ZH, "ex.prompt.meaning"));
        var hope = new SessionSummary.HomeworkItem(TR.t(ZH, "summary.col.exercise") + "：希望问题", "陈静",
                TR.t(ZH, "summary.hw.reviewed", "2026年3月2日"), "2026年3月3日", "今晚：我们会在海边散步",
                List.of(new SessionSummary.Comment(TR.t(ZH, "summary.hw.comment", "Maya Lindqvist", "2026年3月3日"),
                        "关于海边的细节很好。什么会告诉你散步快到了？")));
        return new SessionSummary("Harbour Practice 海港诊所", TR.t(ZH, "summary.title.record"), null, "陈静",
                "Maya Lindqvist", TR.t(ZH, "summary.sessionLine", 5, "2026年3月4日 周三 10:00"),
                TR.t(ZH, "lens.CONNECTION"), TR.t(ZH, "summary.stageValue", 2, "例外"), "12", "陈静",
                TR.t(ZH, "summary.ratingOf", "陈静", 7), SummaryRendererTest.SVG, true,
                TR.t(ZH, "summary.exceptions.since", "2026年2月25日", 2), List.of(moment, plain), List.of(hope),
                "会谈笔记：计划了三个晚上的做饭实验。", List.of(), TR.t(ZH, "summary.footer.record"));
    }

    @Test
    void a_chinese_summary_prints_in_noto_sans_cjk_with_bold_headings_and_labels_beside_wrapped_text() {
        byte[] pdf = SummaryRendererTest.RENDERER.render(List.of(chinese()), PaperSize.A4, ZH, n -> { });
        SummaryRendererTest.keep("renderer-zh.pdf", pdf);
        String text = SummaryRendererTest.text(pdf);
        assertThat(text).contains("会谈小结", "第 5 次会谈 · 2026年3月4日 周三 10:00", "陈静：7 / 10", "Maya Lindqvist",
                TR.t(ZH, "summary.section.exceptions"), TR.t(ZH, "summary.section.homework"), "平静 😊",
                "第 1 页，共");
        // Latin in a Chinese summary comes from the same face as the ideographs; bold is a real bold face.
        assertThat(fonts(pdf)).contains("NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold", "Symbola")
                .doesNotContain("DejaVuSans", "DejaVuSans-Bold");
        assertThat(fontOf(pdf, TR.t(ZH, "summary.section.homework"))).isEqualTo("NotoSansCJKsc-Bold");
        assertThat(fontOf(pdf, "会谈小结")).isEqualTo("NotoSansCJKsc-Bold");
        assertThat(fontOf(pdf, TR.t(ZH, "summary.label.therapist"))).isEqualTo("NotoSansCJKsc-Regular");
        List<Line> lines = lines(pdf);
        float label = y(lines, TR.t(ZH, "ex.prompt.context"));
        assertThat(y(lines, "我们周六一起做饭")).isCloseTo(label, Offset.offset(1.5f));
        assertThat(y(lines, TR.t(ZH, "ex.prompt.behaviour"))).isGreaterThan(y(lines, "第二行是来访者自己写的。"));
        // Lines break where the fill measured them: nothing is lost from a narrow cell, and no line
        // starts with closing punctuation.
        assertThat(text.replace("\n", "")).contains(TR.t(ZH, "summary.hw.reviewed", "2026年3月2日"));
        assertThat(lines).extracting(Line::text).noneMatch(t -> t.startsWith("，") || t.startsWith("。"));
    }

    @Test
    void an_english_summary_keeps_dejavu_and_prints_a_chinese_name_in_the_cjk_face() {
        SessionSummary s = SummaryRendererTest.summary(null, List.of(SummaryRendererTest.moment("我们一起做饭")),
                List.of());
        byte[] pdf = SummaryRendererTest.RENDERER.render(List.of(s), PaperSize.A4, Translator.LOCALE, n -> { });
        SummaryRendererTest.keep("renderer-en-with-chinese.pdf", pdf);
        assertThat(SummaryRendererTest.text(pdf)).contains("Session summary", "我们一起做饭", "Page 1 of 1");
        assertThat(fonts(pdf)).contains("DejaVuSans", "DejaVuSans-Bold", "NotoSansCJKsc-Regular");
    }
}
