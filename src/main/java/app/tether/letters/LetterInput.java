package app.tether.letters;

import java.util.List;

/**
 * What the therapist typed: who the letter is to (clients of the case) and its text, paragraphs
 * separated by blank lines. The text is kept as typed; nothing in it is read as markup.
 */
public record LetterInput(List<Long> recipientIds, String body) {

    public LetterInput {
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
    }
}
