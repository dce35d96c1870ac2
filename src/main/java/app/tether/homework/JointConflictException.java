package app.tether.homework;

import app.tether.base.StaleDataException;
import java.util.List;
import java.util.Map;

/**
 * The partner saved the shared answer after this screen last loaded it: nothing was saved, and
 * {@code latest} is their newer version (with its authorship), to show beside the text on the screen.
 */
public class JointConflictException extends StaleDataException {

    private final transient JointText latest;
    private final transient Map<String, List<AuthoredPart>> authorship;

    public JointConflictException(JointText latest, Map<String, List<AuthoredPart>> authorship) {
        this.latest = latest;
        this.authorship = Map.copyOf(authorship);
    }

    public JointText latest() {
        return latest;
    }

    public Map<String, List<AuthoredPart>> authorship() {
        return authorship;
    }
}
