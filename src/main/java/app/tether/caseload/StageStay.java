package app.tether.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * What the stage history says about the current stage: the day of the latest move (null when the
 * case never moved), the furthest stage the case really held and whether it ever went back.
 *
 * <p>A stage counts as held only if it was kept past the day it was entered: a move followed by
 * another move of the same case on the same day (a correction, or a step straight through) does not
 * count. So a move 3→4 by mistake and back 4→3 five minutes later is no return. A furthest held stage
 * beyond the current one makes the current stay a return; {@code wentBack} says the case at some time
 * moved below a stage it had held (a second pass), so the stages' usual days no longer describe it,
 * even after moving forward again.
 *
 * <p>The home's caseload statement ({@code CaseRepository.caseloadRows}) computes the same three
 * facts in SQL; moves are ordered by time, then id, as {@code StageChangeRepository.findHistory}.
 */
record StageStay(LocalDate lastMoveOn, Integer furthest, boolean wentBack) {

    static final StageStay NONE = new StageStay(null, null, false);

    /** One move of the history; {@code from} is null for the enrolment row, which is left out. */
    record Move(Integer from, int to, LocalDate on) {
    }

    /** From a case's history, newest first as {@code findHistory} orders it. */
    static StageStay of(List<StageChangeRecord> newestFirst) {
        return ofNewestFirst(newestFirst.stream().map(s -> new Move(s.fromStage(), s.toStage(), s.changedOn())).toList());
    }

    static StageStay ofNewestFirst(List<Move> newestFirst) {
        List<Move> moves = newestFirst.reversed().stream().filter(m -> m.from() != null).toList();
        int n = moves.size();
        boolean[] held = new boolean[n];
        LocalDate last = null;
        Integer furthest = null;
        for (int i = 0; i < n; i++) {
            Move m = moves.get(i);
            held[i] = true;
            for (int j = i + 1; j < n; j++) {
                if (moves.get(j).on().equals(m.on())) {
                    held[i] = false;
                    break;
                }
            }
            if (last == null || m.on().isAfter(last)) {
                last = m.on();
            }
            if (held[i] && (furthest == null || m.to() > furthest)) {
                furthest = m.to();
            }
        }
        boolean wentBack = false;
        for (int i = 0; i < n && !wentBack; i++) {
            for (int j = i + 1; j < n && held[i]; j++) {
                if (held[j] && moves.get(j).to() < moves.get(i).to()) {
                    wentBack = true;
                    break;
                }
            }
        }
        return new StageStay(last, furthest, wentBack);
    }
}
