package app.tether.reports;

import app.tether.base.Translator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;

/**
 * Lays out a therapeutic letter as a PDF with the summary's set-up: a fixed template compiled once,
 * the "Tether Sans" font set (Noto Sans CJK SC first for a Chinese reader), characters no font draws
 * as "□", and line breaks exported where the fill measured them (decision records 025, 030).
 */
@Component
public class LetterRenderer {

    static final String TEMPLATE = "/reports/therapeutic-letter.jrxml";

    private final Translator tr;
    private final Map<Locale, MissingGlyphs> glyphs = new ConcurrentHashMap<>();
    private JasperReport compiled;

    LetterRenderer(Translator tr) {
        this.tr = tr;
    }

    public byte[] render(TherapeuticLetter letter) {
        Locale reader = letter.reader();
        MissingGlyphs g = glyphs.computeIfAbsent(reader, MissingGlyphs::new);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, tr.bundle(reader));
        p.put(JRParameter.REPORT_LOCALE, reader);
        p.put("PRACTICE", g.visible(letter.practiceName()));
        p.put("DATE", letter.date());
        p.put("TO", g.visible(letter.to()));
        p.put("FOLLOWS", letter.follows());
        p.put("BODY", g.visible(letter.body()));
        p.put("FROM", g.visible(letter.from()));
        p.put("FOOTER", g.visible(letter.footer()));
        try {
            var print = JasperFillManager.fillReport(template(), p, new JREmptyDataSource(1));
            return ReportPdf.export(print, letter.title(), tr.t(reader, "app.name"));
        } catch (JRException e) {
            // No letter text in the message: it is clinical content.
            throw new IllegalStateException("The letter could not be laid out", e);
        }
    }

    synchronized JasperReport template() {
        if (compiled == null) {
            compiled = ReportPdf.compile(TEMPLATE, "letter");
        }
        return compiled;
    }
}
