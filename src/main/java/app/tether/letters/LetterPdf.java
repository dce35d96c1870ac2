package app.tether.letters;

/** A sent letter as a file to download; the name carries ids and the date, never a name. */
public record LetterPdf(String fileName, byte[] pdf) {

    @Override
    public String toString() {
        return "LetterPdf[" + fileName + "]";
    }
}
