package app.tether.homework;

/** A client's letter answer as a PDF to keep; the name carries ids and the date, never a name. */
public record LetterFile(String fileName, byte[] pdf) {

    @Override
    public String toString() {
        return "LetterFile[" + fileName + "]";
    }
}
