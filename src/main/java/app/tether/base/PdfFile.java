package app.tether.base;

import java.time.Instant;
import java.time.ZoneId;

/** A PDF to download (a letter, a client's own letter); the name carries ids and the date, never a name. */
public record PdfFile(String fileName, byte[] pdf) {

    /** "tether-case{caseId}-{part}-{day}.pdf": the ids say what it is, the day when it was written. */
    public static PdfFile ofCase(long caseId, String part, Instant at, ZoneId zone, byte[] pdf) {
        return new PdfFile("tether-case" + caseId + "-" + part + "-" + at.atZone(zone).toLocalDate() + ".pdf", pdf);
    }

    @Override
    public String toString() {
        return "PdfFile[" + fileName + "]";
    }
}
