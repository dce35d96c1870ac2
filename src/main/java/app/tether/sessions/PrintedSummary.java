package app.tether.sessions;

/** A printed PDF and the file name to offer; the name never carries a client's name. */
public record PrintedSummary(String fileName, byte[] pdf) {
}
