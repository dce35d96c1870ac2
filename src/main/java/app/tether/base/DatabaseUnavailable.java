package app.tether.base;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database did not answer (down, restarting, unreachable) from any
 * other: the person is told to try again in a moment, and the log gets one line, not a stack
 * trace per click. Spring wraps these differently depending on where the connection broke (taking
 * one from the pool, in the middle of a statement, at commit), so the whole cause chain is read.
 */
public final class DatabaseUnavailable {

    private static final List<Class<? extends Throwable>> SIGNS = List.of(
            CannotCreateTransactionException.class,
            // Also CannotGetJdbcConnectionException, and what Hibernate's JDBCConnectionException becomes.
            DataAccessResourceFailureException.class,
            org.hibernate.exception.JDBCConnectionException.class,
            SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class,
            ConnectException.class);

    /**
     * What the pool (HikariCP) throws, without an SQLSTATE, when a transaction goes on with a
     * connection it has already closed as broken: the connection was lost, so nothing was committed.
     */
    private static final String HIKARI_CLOSED = "Connection is closed";

    /** A cause chain longer than this is not walked further (a cycle, or something pathological). */
    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable t) {
        int depth = 0;
        for (Throwable c = t; c != null && depth < MAX_DEPTH; c = c.getCause(), depth++) {
            for (Class<? extends Throwable> sign : SIGNS) {
                if (sign.isInstance(c)) {
                    return true;
                }
            }
            // SQLSTATE class 08 is "connection exception", whatever the driver's exception type.
            if (c instanceof java.sql.SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** One line for the log: the innermost cause, which names what actually failed. */
    public static String describe(Throwable t) {
        Throwable last = t;
        int depth = 0;
        for (Throwable c = t; c != null && depth < MAX_DEPTH; c = c.getCause(), depth++) {
            last = c;
        }
        return last.getClass().getSimpleName() + ": " + last.getMessage();
    }
}
