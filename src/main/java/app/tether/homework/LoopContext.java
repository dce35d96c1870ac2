package app.tether.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * What the weekly loop brings into a Commitment or Feedback Loop form (decision record 034): the week
 * the piece is for; for the Feedback Loop the actions committed for that week; for the Commitment the
 * client's focus value and last week's actions with what they decided to adjust. {@code prefill} is what
 * an untouched form starts from (never saved until the client types).
 */
public record LoopContext(LocalDate weekOf, FocusValue focus, List<CommittedAction> committed,
                          List<LoopStep> adjusted, Answers prefill) {

    public LoopContext {
        committed = List.copyOf(committed);
        adjusted = List.copyOf(adjusted);
    }

    public static LoopContext none() {
        return new LoopContext(null, null, List.of(), List.of(), Answers.empty());
    }
}
