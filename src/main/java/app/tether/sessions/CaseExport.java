package app.tether.sessions;

/** A case's record as a ZIP of CSV files, with the file name to offer. */
public record CaseExport(String fileName, byte[] zip) {
}
