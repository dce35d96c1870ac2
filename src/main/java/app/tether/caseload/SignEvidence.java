package app.tether.caseload;

/** Something in the case's own record that bears on a sign, as a line ready to show. */
public record SignEvidence(StageSign sign, String text) {
}
