package app.tether.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back for tests: its lines with their positions, and the fonts it embeds. */
public final class PdfText {

    private PdfText() {
    }

    /** One line of text, with the baseline y and left x of its first character. */
    public record Line(String text, float y, float x) {
    }

    /** Every line in reading order, page after page (y restarts on each page). */
    public static List<Line> lines(byte[] pdf) {
        List<Line> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    out.add(new Line(text, positions.getFirst().getYDirAdj(), positions.getFirst().getXDirAdj()));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The y of the first line that starts with this text. */
    public static float y(List<Line> lines, String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No line starts with " + start)).y();
    }

    /** The embedded fonts' names, without their subset prefix. */
    public static Set<String> fonts(byte[] pdf) {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * The font (without subset prefix) of the first character of the first text run that starts with
     * {@code start}, to tell a bold heading from regular text.
     */
    public static String fontOf(byte[] pdf, String start) {
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (found.isEmpty() && text.startsWith(start)) {
                        found.add(positions.getFirst().getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new AssertionError("No text starts with " + start);
        }
        return found.getFirst();
    }
}
