package app.tether.caseload;

import java.util.List;

/**
 * The current stage and its signs for the case page, each sign with what the case's own record
 * shows about it (possibly nothing).
 */
public record StageGuidance(Stage stage, List<Sign> signs) {

    public StageGuidance {
        signs = List.copyOf(signs);
    }

    public record Sign(StageSign sign, List<String> evidence) {

        public Sign {
            evidence = List.copyOf(evidence);
        }
    }
}
