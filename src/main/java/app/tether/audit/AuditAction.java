package app.tether.audit;

/**
 * What an audit line records. Access, refusals and sign-ins are kept even when the surrounding
 * work fails or is read-only ({@link #standalone}); changes are written in the transaction that
 * makes them, so a change and its line are stored together or not at all.
 */
public enum AuditAction {
    SIGN_IN(true),
    SIGN_IN_FAILED(true),
    SIGN_OUT(true),
    SESSION_ENDED(true),
    CASE_OPENED(true),
    CASE_HOMEWORK_OPENED(true),
    HOMEWORK_ANSWER_OPENED(true),
    HOMEWORK_REVIEW_OPENED(true),
    EXCEPTIONS_OPENED(true),
    SCALE_OPENED(true),
    SESSIONS_OPENED(true),
    SESSION_OPENED(true),
    SESSION_SUMMARY_PRINTED(true),
    APPOINTMENTS_OPENED(true),
    LETTERS_OPENED(true),
    LETTER_PRINTED(true),
    ACCESS_DENIED(true),
    RECORD_CREATED(false),
    RECORD_CHANGED(false),
    RECORD_DELETED(false),
    ACCOUNT_CREATED(false),
    ACCOUNT_DEACTIVATED(false),
    ACCOUNT_REACTIVATED(false),
    PASSWORD_RESET(false),
    ACCOUNT_CHANGED(false),
    WELCOME_LETTER_PRINTED(true),
    PASSWORD_CHANGED(false),
    CASE_CREATED(false),
    THERAPIST_ASSIGNED(false),
    CASE_CLOSED(false),
    CASE_REOPENED(false),
    LENS_CHANGED(false),
    CASE_EXPORTED(true),
    AUDIT_TRAIL_VIEWED(true),
    AUDIT_TRAIL_EXPORTED(true),
    AUDIT_CHAIN_VERIFIED(true),
    TWO_FACTOR_PASSED(true),
    TWO_FACTOR_FAILED(true),
    TWO_FACTOR_ENROLLED(false),
    TWO_FACTOR_REMOVED(false);

    private final boolean standalone;

    AuditAction(boolean standalone) {
        this.standalone = standalone;
    }

    /** Written in a transaction of its own, so it stays even when the work around it fails. */
    public boolean standalone() {
        return standalone;
    }
}
