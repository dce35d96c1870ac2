package app.tether.caseload;

import java.util.List;

/**
 * Case ids already checked to be the signed-in therapist's own. Only the caseload module can make
 * one, so a module overview that receives it (the home screen's figures) needs no access query of its own.
 */
public final class TreatedCases {

    private final List<Long> ids;

    TreatedCases(List<Long> ids) {
        this.ids = List.copyOf(ids);
    }

    public List<Long> ids() {
        return ids;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}
