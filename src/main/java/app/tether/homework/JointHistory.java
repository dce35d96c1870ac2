package app.tether.homework;

import java.util.List;
import java.util.Map;

/**
 * A joint answer for the therapist: every save, oldest first, and per sent version (by submission
 * number) who wrote which part. Never the partners' private notes (decision 033).
 */
public record JointHistory(List<String> partnerNames, List<JointVersionRecord> versions,
                           Map<Integer, Map<String, List<AuthoredPart>>> authorshipBySubmission) {

    public JointHistory {
        partnerNames = List.copyOf(partnerNames);
        versions = List.copyOf(versions);
        authorshipBySubmission = Map.copyOf(authorshipBySubmission);
    }
}
