package app.tether.caseload;

import app.tether.base.ValidationProblem;
import java.util.List;

/**
 * A new case was asked for a client who already has an open case. Not an error: the view asks the
 * admin to confirm ({@link NewCase#confirmed()}) and can show the cases that exist.
 */
public class OpenCaseExists extends ValidationProblem {

    /** One client's open case: the client's name and the case as the admin sees it. */
    public record Existing(String clientName, CaseAdminRow openCase) {
    }

    private final transient List<Existing> existing;

    OpenCaseExists(List<FieldError> errors, List<Existing> existing) {
        super(errors);
        this.existing = List.copyOf(existing);
    }

    public List<Existing> existing() {
        return existing;
    }
}
