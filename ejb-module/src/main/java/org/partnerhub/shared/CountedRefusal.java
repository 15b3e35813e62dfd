package org.partnerhub.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;

/**
 * A refusal of a guessable secret (a wrong password, a lock after too many): unlike other
 * refusals it lets the transaction commit, because what it refused changed nothing but the
 * failure count and its audit event, which must be kept.
 */
@ApplicationException(rollback = false)
public class CountedRefusal extends BusinessException {

    public CountedRefusal(String messageKey, String field, Serializable... arguments) {
        super(messageKey, field, arguments);
    }
}
