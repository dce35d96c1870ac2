package app.tether.reports;

/**
 * What the one-page welcome letter prints, already worded and formatted by the account module.
 * {@code twoFactorNote} is null when the person will not be asked for a code.
 */
public record WelcomeLetter(String practiceName, String displayName, String username, String temporaryPassword,
                            String signInUrl, String expires, String printedOn, String twoFactorNote) {

    /** Keeps the one-time password out of logs and exception messages. */
    @Override
    public String toString() {
        return "WelcomeLetter[" + username + "]";
    }
}
