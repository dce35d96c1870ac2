package app.tether.homework;

import java.time.Instant;

/**
 * The shared answer as last saved: {@code version} is what the next save must name (see
 * {@link JointAnswerService#save}); {@code number} counts the saves (0: nobody has written yet), and
 * {@code authorName}/{@code savedAt} say who saved it last and when.
 */
public record JointText(Answers answers, long version, int number, String authorName, Instant savedAt) {

    public boolean empty() {
        return number == 0;
    }
}
