package app.tether.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** What the one-page letters share: compiling their template and exporting a filled one as PDF. */
final class ReportPdf {

    private ReportPdf() {
    }

    /** A compressed PDF with its title and creator, lines broken where the fill measured them. */
    static byte[] export(JasperPrint print, String title, String creator) throws JRException {
        var out = new ByteArrayOutputStream(32 * 1024);
        var exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataCreator(creator);
        config.setCompressed(true);
        exporter.setConfiguration(config);
        exporter.setConfiguration(PdfLineBreaks.asFilled());
        exporter.exportReport();
        return out.toByteArray();
    }

    /** Compiles a template from the classpath; {@code what} names it in the error. */
    static JasperReport compile(String template, String what) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException("Missing report template " + template);
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("The " + what + " template does not compile", e);
        }
    }
}
