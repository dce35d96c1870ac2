package app.tether.reports;

import app.tether.base.Language;
import app.tether.base.Translator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lays out session summaries as PDF with JasperReports. The template is a fixed classpath resource
 * (never chosen by user input), compiled once per paper size on first use and then reused; every
 * request only fills and exports.
 */
@Component
public class SummaryRenderer {

    static final String TEMPLATE = "/reports/session-summary.jrxml";
    private static final Logger log = LoggerFactory.getLogger(SummaryRenderer.class);

    private final Translator tr;
    private final Map<PaperSize, JasperReport> compiled = new EnumMap<>(PaperSize.class);
    private final Map<Locale, MissingGlyphs> glyphs = new ConcurrentHashMap<>();

    SummaryRenderer(Translator tr) {
        this.tr = tr;
    }

    /**
     * One PDF holding the given summaries in order, each with its own page numbers, in the reader's
     * language: the template's labels, its page numbers and the fonts chosen for the text (the
     * summaries arrive already worded in it). {@code progress} hears the count laid out so far.
     */
    public byte[] render(List<SessionSummary> summaries, PaperSize paper, Locale reader, IntConsumer progress) {
        JasperReport report = template(paper);
        MissingGlyphs g = glyphs(reader);
        try {
            List<JasperPrint> prints = new ArrayList<>();
            for (SessionSummary s : summaries) {
                prints.add(JasperFillManager.fillReport(report, parameters(s, reader, g),
                        new JRMapCollectionDataSource(maps(s.exceptions(), g))));
                progress.accept(prints.size());
            }
            var out = new ByteArrayOutputStream(64 * 1024);
            var exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            var config = new SimplePdfExporterConfiguration();
            config.setMetadataTitle(summaries.size() == 1 ? summaries.getFirst().title() : tr.t(reader, "today.title"));
            config.setMetadataCreator(tr.t(reader, "app.name"));
            config.setCompressed(true);
            config.setCreatingBatchModeBookmarks(summaries.size() > 1);
            exporter.setConfiguration(config);
            exporter.setConfiguration(PdfLineBreaks.asFilled());
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("The session summary could not be laid out", e);
        }
    }

    /**
     * The stand-in for characters no bundled font draws in this reader's font set; built on first
     * use per language (it loads the fonts).
     */
    MissingGlyphs glyphs(Locale reader) {
        return glyphs.computeIfAbsent(reader, MissingGlyphs::new);
    }

    /** Compiles the templates in the background after start-up, so the first print is not the slow one. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("summary-template-warm-up").start(() -> {
            for (PaperSize p : PaperSize.values()) {
                template(p);
            }
            for (Language l : Language.values()) {
                glyphs(l.locale());
            }
        });
    }

    /** Compiles the template for this paper size once; later calls reuse it. */
    synchronized JasperReport template(PaperSize paper) {
        return compiled.computeIfAbsent(paper, p -> {
            long start = System.nanoTime();
            try (InputStream in = SummaryRenderer.class.getResourceAsStream(TEMPLATE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing report template " + TEMPLATE);
                }
                JasperDesign design = JRXmlLoader.load(in);
                // Same content width on every paper: only the page and its margins change.
                int side = p.width() - design.getColumnWidth();
                design.setPageWidth(p.width());
                design.setPageHeight(p.height());
                design.setLeftMargin(side / 2);
                design.setRightMargin(side - side / 2);
                JasperReport report = JasperCompileManager.compileReport(design);
                log.info("Compiled the session summary template for {} in {} ms", p,
                        (System.nanoTime() - start) / 1_000_000);
                return report;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("The session summary template does not compile", e);
            }
        });
    }

    // Everything users typed or named passes through g.visible(...): nothing prints as blank space.
    private Map<String, Object> parameters(SessionSummary s, Locale reader, MissingGlyphs g) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, tr.bundle(reader));
        p.put(JRParameter.REPORT_LOCALE, reader);
        p.put("PRACTICE", g.visible(s.practiceName()));
        p.put("TITLE", s.title());
        p.put("COPY_FOR", g.visible(s.copyFor()));
        p.put("CASE_TITLE", g.visible(s.caseTitle()));
        p.put("THERAPIST", g.visible(s.therapistName()));
        p.put("SESSION_LINE", s.sessionLine());
        p.put("LENS", s.lens());
        p.put("STAGE", s.stage());
        p.put("PROGRAMME_DAY", s.programmeDay());
        p.put("ATTENDED", g.visible(s.attended()));
        p.put("RATINGS", g.visible(s.ratings()));
        p.put("RATING_ITEMS", ratingItems(s.ratingItems(), g));
        p.put("CHART_SVG", g.visible(s.chartSvg()));
        p.put("HAS_RATINGS", s.hasRatings());
        p.put("EXCEPTIONS_HEADING", s.exceptionsHeading());
        p.put("HOMEWORK", homework(s.homework(), g));
        p.put("SHOW_NOTES", s.copyFor() == null);
        p.put("NOTES", g.visible(s.notes()));
        p.put("NEXT_HOMEWORK", homework(s.nextHomework(), g));
        p.put("FOOTER", s.footer());
        p.put("RITUALS", g.visible(s.rituals()));
        p.put("WATCH_LIST", g.visible(s.watchList()));
        return p;
    }

    private static List<Map<String, ?>> maps(List<SessionSummary.ExceptionItem> items, MissingGlyphs g) {
        List<Map<String, ?>> out = new ArrayList<>(items.size());
        for (SessionSummary.ExceptionItem e : items) {
            Map<String, Object> m = new HashMap<>();
            m.put("when", e.when());
            m.put("who", g.visible(e.who()));
            m.put("significant", e.significant());
            m.put("tags", g.visible(e.tags()));
            m.put("context", g.visible(blankToNull(e.context())));
            m.put("behaviour", g.visible(blankToNull(e.behaviour())));
            m.put("thoughts", g.visible(blankToNull(e.thoughts())));
            m.put("emotions", g.visible(blankToNull(e.emotions())));
            m.put("meaning", g.visible(blankToNull(e.meaning())));
            m.put("meaningLabel", e.meaningLabel());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, ?>> ratingItems(List<SessionSummary.RatingItem> items, MissingGlyphs g) {
        List<Map<String, ?>> out = new ArrayList<>(items.size());
        for (SessionSummary.RatingItem r : items) {
            Map<String, Object> m = new HashMap<>();
            m.put("rating", g.visible(r.rating()));
            m.put("notLower", g.visible(blankToNull(r.notLower())));
            m.put("oneHigher", g.visible(blankToNull(r.oneHigher())));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, ?>> homework(List<SessionSummary.HomeworkItem> items, MissingGlyphs g) {
        List<Map<String, ?>> out = new ArrayList<>(items.size());
        for (SessionSummary.HomeworkItem h : items) {
            Map<String, Object> m = new HashMap<>();
            m.put("title", g.visible(h.title()));
            m.put("who", g.visible(h.who()));
            m.put("status", h.status());
            m.put("due", h.due());
            m.put("answers", g.visible(h.answers()));
            List<Map<String, ?>> comments = new ArrayList<>(h.comments().size());
            for (SessionSummary.Comment c : h.comments()) {
                comments.add(Map.of("byline", g.visible(c.byline()), "text", g.visible(c.text())));
            }
            m.put("comments", comments);
            out.add(m);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
