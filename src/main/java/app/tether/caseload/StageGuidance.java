package app.tether.caseload;

import java.util.List;

/**
 * The current stage and its signs for the case page, each sign with what the case's own record
 * shows about it (possibly nothing), and the case's current lens, whose note for this stage the
 * therapist reads beside the signs (decision record 032).
 */
public record StageGuidance(Stage stage, List<Sign> signs, Lens lens) {

    /** Message key of the current lens's note for the therapist at this stage. */
    public String lensNoteKey() {
        return lens.guidanceKey(stage.number());
    }

    public StageGuidance {
        signs = List.copyOf(signs);
    }

    public record Sign(StageSign sign, List<String> evidence) {

        public Sign {
            evidence = List.copyOf(evidence);
        }
    }
}
