package org.partnerhub.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.TranslatedText;

/** Turns message keys into translated Faces messages, next to the field they are about. */
public final class Messages {

    static final String BUNDLE = "org.partnerhub.web.messages";

    private Messages() {
    }

    /**
     * The text in the page's language: the language switch's, not the view root's, which a view
     * action on a GET request sees before the page has set it.
     */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getApplication().evaluateExpressionGet(context, "#{languageSwitch.locale}", Locale.class);
        return textIn(locale, key, arguments);
    }

    /**
     * The text in another language than the page's: for what the user writes to someone else.
     * An argument written in every language (an offer's name in a refusal) is put in in this one.
     */
    public static String textIn(Locale locale, String key, Object... arguments) {
        // No fallback to the server's own language: English is the base bundle, whatever the JVM's locale.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern
                    : new MessageFormat(pattern, bundle.getLocale()).format(TranslatedText.arguments(arguments, locale));
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

    /** Information next to a field: what the value given means, rather than what is wrong with it. */
    public static void note(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
