package org.partnerhub.shared;

import java.sql.SQLException;

/**
 * A unique constraint that refused a row. Services check first and let the constraint decide
 * the race between two requests; the loser gets the same message as if it had been checked.
 */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    /** SQL state 23505 on both H2 and PostgreSQL, anywhere in the chain of causes. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
