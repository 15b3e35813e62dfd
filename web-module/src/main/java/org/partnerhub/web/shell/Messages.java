package org.partnerhub.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.partnerhub.shared.BusinessException;

/** Turns message keys into translated Faces messages, next to the field they are about. */
public final class Messages {

    static final String BUNDLE = "org.partnerhub.web.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * Shows a refusal next to its field: the field's client id is the form's id and the field
     * name the service named, so pages give their inputs the ids of the form bean's properties.
     */
    public static void refusal(String formId, BusinessException refusal) {
        String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
        error(clientId, refusal.messageKey(), refusal.arguments());
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
