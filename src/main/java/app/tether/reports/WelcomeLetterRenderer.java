package app.tether.reports;

import app.tether.base.Translator;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;

/**
 * Lays out the welcome letter for a new account (or after a password reset) as a one-page PDF. The
 * template is a fixed classpath resource, compiled once on first use; the fonts are the summary's. It
 * prints in the new person's language (their account's, English until they choose one).
 */
@Component
public class WelcomeLetterRenderer {

    static final String TEMPLATE = "/reports/welcome-letter.jrxml";

    private final Translator tr;
    private JasperReport compiled;

    WelcomeLetterRenderer(Translator tr) {
        this.tr = tr;
    }

    /** The letter in its reader's language, times included. */
    public byte[] render(WelcomeLetter letter) {
        Locale reader = letter.reader();
        var dayTime = DateTimeFormatter.ofPattern(tr.t(reader, "summary.format.dayTime"), reader);
        var day = DateTimeFormatter.ofPattern(tr.t(reader, "summary.format.day"), reader);
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, tr.bundle(reader));
        p.put(JRParameter.REPORT_LOCALE, reader);
        p.put("PRACTICE", letter.practiceName());
        p.put("NAME", letter.displayName());
        p.put("USERNAME", letter.username());
        p.put("PASSWORD", letter.temporaryPassword());
        p.put("SIGN_IN_URL", letter.signInUrl());
        p.put("EXPIRES", dayTime.format(letter.expires()));
        p.put("PRINTED_ON", day.format(letter.printedOn()));
        p.put("TWO_FACTOR_NOTE", letter.twoFactor() ? tr.t(reader, "accounts.letter.twoFactor") : null);
        try {
            var print = JasperFillManager.fillReport(template(), p, new JREmptyDataSource(1));
            return ReportPdf.export(print, tr.t(reader, "accounts.letter.title", letter.practiceName()), tr.t(reader, "app.name"));
        } catch (JRException e) {
            // No letter content in the message: it holds a password.
            throw new IllegalStateException("The welcome letter could not be laid out", e);
        }
    }

    synchronized JasperReport template() {
        if (compiled == null) {
            compiled = ReportPdf.compile(TEMPLATE, "welcome letter");
        }
        return compiled;
    }
}
