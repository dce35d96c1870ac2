package app.tether.reliability;

import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.reliability.HostileInputs.Category;
import app.tether.reliability.HostileInputs.Input;
import app.tether.reports.PaperSize;
import app.tether.sessions.CaseExportService;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import app.tether.sessions.SessionSummaryService;
import app.tether.sessions.SummaryCopy;
import com.vaadin.flow.component.Component;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The "shows literally" half of scenario 4: hostile text that was stored (as session notes and as
 * moments) is read back through the service, the session view, the printed session summary and
 * the case export, and must be the text as typed (after the service's strip of surrounding
 * spaces).
 *
 * <p>PDF text extraction cannot return a page's text exactly: it loses line breaks and spaces to
 * the layout, drops the invisible (bidi marks, zero-width characters) and reorders right-to-left
 * runs, and a character no bundled font has prints as □. So PDFs are compared only for the
 * categories whose characters every font has (HTML and script, SQL-like, CSV formulas), after
 * removing all whitespace on both sides; for the other categories the summary must print.
 *
 * <p>CSV: a cell is read with RFC 4180 rules, and one leading apostrophe is removed (the export adds
 * one before = + - @ tab CR and apostrophe so spreadsheets never run a formula; decision record 029).
 */
final class HostileReadBack {

    private static final Set<Category> PDF_LITERAL = EnumSet.of(Category.HTML_SCRIPT, Category.SQL_LIKE,
            Category.CSV_FORMULA);

    private HostileReadBack() {
    }

    static String run(ReliabilityRun run, TestData data, TestUsers users, List<String> problems) throws Exception {
        int perCategory = run.settings().full() ? 3 : 1;
        long started = System.nanoTime();
        var sessions = run.bean(SessionService.class);
        var log = run.bean(ExceptionLogService.class);
        var summaries = run.bean(SessionSummaryService.class);
        var export = run.bean(CaseExportService.class);
        var therapist = data.therapist();
        var client = data.client("Read-back Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 40, client);
        String t = therapist.username();

        var inputs = new HostileInputs(16L);
        Map<Long, Input> notes = new LinkedHashMap<>();
        Map<Long, Input> moments = new LinkedHashMap<>();
        for (int i = 0; i < Category.values().length * perCategory; i++) {
            Input in = inputs.next();
            if (in.text().length() > 20_000) {
                continue;
            }
            LocalDateTime at = LocalDateTime.now().minusDays(2).plusMinutes(i);
            try {
                notes.put(users.as(t, () -> sessions.create(caseId, new SessionInput(at, List.of(client.id()), Map.of(),
                        in.text()))).id(), in);
            } catch (ValidationProblem refused) {
                // Refused text is not stored, so there is nothing to read back.
            }
            try {
                moments.put(users.as(client.username(), () -> log.save(caseId, null, new EntryInput(at, in.text(),
                        null, null, null, null, List.of(), false), 0)).id(), in);
            } catch (ValidationProblem refused) {
                // as above
            }
        }

        // Service: what was stored is what was typed.
        for (var e : notes.entrySet()) {
            String stored = users.as(t, () -> sessions.session(e.getKey()).notes());
            if (!same(expected(e.getValue()), stored)) {
                problems.add("session notes " + e.getValue().describe() + " came back as " + show(stored));
            }
        }
        Map<Long, String> storedMoments = new HashMap<>();
        users.as(t, () -> log.between(caseId, null, LocalDateTime.now().plusDays(1)))
                .forEach(v -> storedMoments.put(v.id(), v.context()));
        for (var e : moments.entrySet()) {
            if (!same(expected(e.getValue()), storedMoments.get(e.getKey()))) {
                problems.add("moment " + e.getValue().describe() + " came back as " + show(storedMoments.get(e.getKey())));
            }
        }

        // View: the session page shows the notes as text (a field's value), never as markup.
        int viewsChecked = 0;
        var views = new HostileViews();
        run.context().getAutowireCapableBeanFactory().autowireBean(views);
        TestUsers.signIn(run.bean(org.springframework.security.core.userdetails.UserDetailsService.class), t);
        views.open(run.context());
        try {
            for (var e : notes.entrySet()) {
                Component view = views.show("sessions/" + e.getKey());
                String want = expected(e.getValue());
                if (want != null && !HostileViews.texts(view).contains(want)) {
                    problems.add("the session view does not show the notes " + e.getValue().describe() + " as text");
                }
                if (want != null && want.contains("<") && HostileViews.innerHtml(view).stream()
                        .anyMatch(h -> h != null && h.contains(want))) {
                    problems.add("the session view puts the notes " + e.getValue().describe() + " into HTML");
                }
                viewsChecked++;
            }
        } finally {
            views.close();
            SecurityContextHolder.clearContext();
        }

        // PDF: the full record prints the notes.
        int pdfs = 0;
        int pdfLiteral = 0;
        for (var e : notes.entrySet()) {
            try {
                byte[] pdf = users.as(t, () -> summaries.print(e.getKey(), SummaryCopy.fullRecord(), PaperSize.A4)).pdf();
                pdfs++;
                if (PDF_LITERAL.contains(e.getValue().category()) && expected(e.getValue()) != null) {
                    String text;
                    try (var doc = Loader.loadPDF(pdf)) {
                        text = new PDFTextStripper().getText(doc);
                    }
                    if (!squeeze(text).contains(squeeze(expected(e.getValue())))) {
                        problems.add("the session summary PDF does not show " + e.getValue().describe());
                    }
                    pdfLiteral++;
                }
            } catch (RuntimeException ex) {
                problems.add("session summary PDF with " + e.getValue().describe() + ": "
                        + HostileInputScenario.rootCause(ex));
            }
        }

        // CSV: the case export holds every stored text, cell for cell.
        byte[] zip = users.as(t, () -> export.export(caseId)).zip();
        Map<String, List<List<String>>> files = unzipCsv(zip);
        List<String> sessionNotes = files.getOrDefault("sessions.csv", List.of()).stream().skip(1)
                .map(r -> literal(r.getLast())).toList();
        List<String> momentContexts = files.getOrDefault("moments.csv", List.of()).stream().skip(1)
                .map(r -> literal(r.get(2))).toList();
        for (Input in : notes.values()) {
            if (expected(in) != null && !sessionNotes.contains(expected(in))) {
                problems.add("sessions.csv does not hold " + in.describe() + " literally");
            }
        }
        for (Input in : moments.values()) {
            if (expected(in) != null && !momentContexts.contains(expected(in))) {
                problems.add("moments.csv does not hold " + in.describe() + " literally");
            }
        }
        return "read back " + notes.size() + " stored session notes and " + moments.size() + " moments: "
                + viewsChecked + " session views, " + pdfs + " summary PDFs (" + pdfLiteral + " compared as text), "
                + "one case export; " + (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    /** What the service keeps of the input: surrounding spaces stripped, blank as nothing. */
    private static String expected(Input in) {
        return in.text().isBlank() ? null : in.text().strip();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null || b.isBlank() : a.equals(b);
    }

    private static String show(String s) {
        return s == null ? "null" : new Input(Category.MIXED, s).describe();
    }

    /** Text with every whitespace character removed and compatibility forms folded (what extraction keeps). */
    static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}\\p{Cf}]", "");
    }

    /** A cell as the export wrote it, without the apostrophe that defuses formulas. */
    static String literal(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    static Map<String, List<List<String>>> unzipCsv(byte[] zip) throws Exception {
        Map<String, List<List<String>>> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                files.put(entry.getName(), parseCsv(text.startsWith("\uFEFF") ? text.substring(1) : text));
            }
        }
        return files;
    }

    /** RFC 4180: quoted cells, doubled quotes, CRLF between records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        if (!row.isEmpty() || !cell.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    static List<EntryView> none() {
        return List.of();
    }
}
