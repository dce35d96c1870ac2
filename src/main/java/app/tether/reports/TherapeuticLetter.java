package app.tether.reports;

import java.util.Locale;

/**
 * A sent therapeutic letter, worded for its reader (the letters module puts it into words in
 * {@code reader}'s language): the practice, the date it was sent, who it is to, the earlier letter it
 * follows (or null), the text exactly as written, and who wrote it.
 */
public record TherapeuticLetter(Locale reader, String practiceName, String title, String date, String to,
                                String follows, String body, String from, String footer) {

    @Override
    public String toString() {
        return "TherapeuticLetter[" + title + "]";
    }
}
