package app.tether.reports;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontSetFamilyInfo;
import net.sf.jasperreports.engine.fonts.FontSetInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * A character none of the report's fonts can draw (an emoji newer than the bundled emoji font, a
 * script no font covers) would print as nothing; it prints as a white square instead, so the reader
 * sees that something was written there.
 */
final class MissingGlyphs {

    static final String FONT_SET = "Tether Sans";
    static final String STAND_IN = "\u25A1";

    private final List<Font> fonts;
    private final Map<Integer, Boolean> drawable = new ConcurrentHashMap<>();

    /** For the fonts the report uses in the reader's locale (the primary family depends on it). */
    MissingGlyphs(Locale reader) {
        FontSetInfo set = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getFontSetInfo(FONT_SET, reader, false);
        if (set == null) {
            throw new IllegalStateException("The report font set " + FONT_SET + " is not on the classpath");
        }
        List<Font> found = new ArrayList<>();
        for (FontSetFamilyInfo f : set.getFamilies()) {
            FontFace normal = f.getFontFamily().getNormalFace();
            if (normal != null && normal.getFont() != null) {
                found.add(normal.getFont());
            }
        }
        fonts = List.copyOf(found);
    }

    /** The text with every character no font draws replaced by a white square; null stays null. */
    String visible(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && drawn(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        text.codePoints().skip(text.codePointCount(0, i))
                .forEach(cp -> out.append(drawn(cp) ? Character.toString(cp) : STAND_IN));
        return out.toString();
    }

    private boolean drawn(int cp) {
        if (cp < 0x250 || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.CONTROL) {
            return true; // Latin (the primary font has it all), or invisible anyway (joiners, selectors)
        }
        return drawable.computeIfAbsent(cp, c -> fonts.stream().anyMatch(f -> f.canDisplay(c)));
    }
}
