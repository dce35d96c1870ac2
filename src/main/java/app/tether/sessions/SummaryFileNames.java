package app.tether.sessions;

import app.tether.caseload.ClientRef;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * File names for printed summaries: ASCII letters, digits and hyphens only (safe in any
 * Content-Disposition header and file system), and never a client's name. A client copy carries the
 * client's initials, or their client number when the initials are not plain Latin letters or are
 * shared with the other partner, so a couple's two copies never overwrite each other.
 */
final class SummaryFileNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private SummaryFileNames() {
    }

    static String record(long caseId, int number, LocalDate day) {
        return base(caseId, number, day) + "-record.pdf";
    }

    static String clientCopy(long caseId, int number, LocalDate day, ClientRef client, List<ClientRef> caseClients) {
        String mine = initials(client.displayName());
        boolean shared = caseClients.stream().filter(c -> c.accountId() != client.accountId())
                .anyMatch(c -> Objects.equals(mine, initials(c.displayName())));
        String who = mine == null || shared ? "client" + client.accountId() : mine;
        return base(caseId, number, day) + "-client-copy-" + who + ".pdf";
    }

    static String day(LocalDate day) {
        return "tether-sessions-" + DAY.format(day) + ".pdf";
    }

    /**
     * Upper-case initials of the first and last word that start with a letter ("Zhou Ting" gives ZT,
     * "Tomás Okafor" TO), or null when there are none or they are not A to Z after dropping accents.
     */
    static String initials(String name) {
        if (name == null) {
            return null;
        }
        List<String> words = List.of(name.strip().split("[\\s\\-]+")).stream()
                .filter(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0))).toList();
        if (words.isEmpty()) {
            return null;
        }
        String letters = first(words.getFirst()) + (words.size() > 1 ? first(words.getLast()) : "");
        return letters.matches("[A-Z]+") ? letters : null;
    }

    private static String first(String word) {
        String letter = new String(Character.toChars(word.codePointAt(0)));
        return Normalizer.normalize(letter, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String base(long caseId, int number, LocalDate day) {
        return "tether-case" + caseId + "-session" + number + "-" + DAY.format(day);
    }
}
