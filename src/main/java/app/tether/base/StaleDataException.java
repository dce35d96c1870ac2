package app.tether.base;

/** Someone else saved the same record first; the view keeps what the user typed and says so. */
public class StaleDataException extends RuntimeException {
    public StaleDataException() {
        super("The record was changed by someone else");
    }
}
