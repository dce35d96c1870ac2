package app.tether.reports;

import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * The PDF exporter breaks lines where the fill did. Without this, OpenPDF may wrap Chinese text at
 * other places than the fill measured, so a line can start with "，" and the last characters of a
 * cell that the fill sized to its text can fall outside it (decision record 025).
 */
final class PdfLineBreaks {

    private PdfLineBreaks() {
    }

    static SimplePdfReportConfiguration asFilled() {
        var c = new SimplePdfReportConfiguration();
        c.setForceLineBreakPolicy(true);
        return c;
    }
}
