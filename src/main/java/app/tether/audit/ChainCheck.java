package app.tether.audit;

/**
 * The result of checking the audit chain.
 *
 * @param intact       true when every line is in place and unchanged
 * @param linesChecked how many chained lines were verified before the first problem
 * @param brokenSeq    the position of the first broken or missing line, or null
 * @param brokenId     the row id concerned, where there is one
 * @param problem      what is wrong, in words, or null
 */
public record ChainCheck(boolean intact, long linesChecked, Long brokenSeq, Long brokenId, String problem) {

    static ChainCheck intact(long lines) {
        return new ChainCheck(true, lines, null, null, null);
    }

    static ChainCheck broken(long checked, Long seq, Long id, String problem) {
        return new ChainCheck(false, checked, seq, id, problem);
    }
}
