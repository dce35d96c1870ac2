package app.tether.homework;

import java.util.List;

/**
 * An exercise of the case's current stage that was done (sent or reviewed), with who did it, in the
 * case's order of clients. When {@code builtin}, {@code title} is a message key. {@code joint}: its
 * latest copy was a couple's joint exercise, so it is given again as one.
 */
public record DoneExercise(long exerciseId, boolean builtin, String title, List<Long> clientIds,
                           List<String> clientNames, boolean joint) {

    public DoneExercise {
        clientIds = List.copyOf(clientIds);
        clientNames = List.copyOf(clientNames);
    }
}
