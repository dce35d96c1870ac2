package app.tether.security;

/** The welcome letter as a file to download; it holds a password, so it is never stored. */
public record WelcomeLetterPdf(String fileName, byte[] pdf) {

    @Override
    public String toString() {
        return "WelcomeLetterPdf[" + fileName + "]";
    }
}
