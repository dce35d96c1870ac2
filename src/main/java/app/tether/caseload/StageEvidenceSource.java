package app.tether.caseload;

import java.util.List;

/**
 * A module that can point at its own records as evidence for a stage's signs (homework: exercises
 * sent; the exception log: moments logged). Implemented by modules that depend on caseload, so the
 * case page gets their figures without caseload depending on them. {@code theCase} is one case
 * already checked to be the signed-in therapist's; an implementation runs at most one statement,
 * and none when no sign of {@code stage} concerns it.
 */
public interface StageEvidenceSource {

    List<SignEvidence> evidence(TreatedCases theCase, Stage stage, List<ClientRef> clients);
}
