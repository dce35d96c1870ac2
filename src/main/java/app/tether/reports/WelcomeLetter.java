package app.tether.reports;

import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * What the one-page welcome letter prints, for a reader who reads {@code reader}'s language: the
 * renderer words it and writes the times in that language. {@code twoFactor} says whether the
 * person will be asked to set up a code when they first sign in.
 */
public record WelcomeLetter(Locale reader, String practiceName, String displayName, String username,
                            String temporaryPassword, String signInUrl, ZonedDateTime expires,
                            ZonedDateTime printedOn, boolean twoFactor) {

    /** Keeps the one-time password out of logs and exception messages. */
    @Override
    public String toString() {
        return "WelcomeLetter[" + username + "]";
    }
}
