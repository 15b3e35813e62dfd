package org.partnerhub.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;

/**
 * A refusal the user can act on. It carries a message key (translated by the page) and the
 * form field it is about, and it rolls the transaction back so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final Serializable[] arguments;

    public BusinessException(String messageKey, String field, Serializable... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public static BusinessException of(String messageKey) {
        return new BusinessException(messageKey, null);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The name of the form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }

    /**
     * The same refusal next to another field, when the service's field is called {@code from}:
     * where a form or an API body names the field differently from the service.
     */
    public BusinessException renamingField(String from, String to) {
        return from.equals(field) ? new BusinessException(messageKey, to, arguments) : this;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
