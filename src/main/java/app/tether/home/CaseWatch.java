package app.tether.home;

import app.tether.homework.WatchList;
import java.util.List;

/**
 * A case's watch lists beside its attention reasons (decision record 035): per client who has a watch
 * list or whose rating fell, in the case's order of clients.
 */
public record CaseWatch(List<Item> items) {

    public CaseWatch {
        items = List.copyOf(items);
    }

    /**
     * One client: {@code watchList} null when they have not sent a Future Prevention yet; {@code fell} the
     * home screen's "rating fell" reason about them, null when their rating did not fall (acknowledged
     * reasons are kept and say so, as on the home screen). {@code inJointPlan}: their list is the joint
     * plan drawn under their partner. {@code planExpected}: the case is at stage 6 or they were given a
     * Future Prevention, so a missing list is worth saying.
     */
    public record Item(long clientId, String clientName, WatchList watchList, AttentionReason fell,
                       boolean inJointPlan, boolean planExpected) {
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
