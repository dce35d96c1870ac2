package app.tether.homework;

/** A paragraph of a text prompt, or an entry of a list, with the partner who wrote it (decision 033). */
public record AuthoredPart(String text, long authorId, String authorName) {
}
