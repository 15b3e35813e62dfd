package org.partnerhub.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.shared.Settings;

/**
 * The email a user who asked for its notifications by email gets for one: in the user's own
 * language, naming what happened and linking to where it is acted on ({@code PARTNERHUB_PUBLIC_URL}
 * and the notification's page; without that setting it says where to look instead). The texts
 * are the notification centre's own bundle, which the Notifications page reads too.
 */
record NotificationMail(String subject, String body) {

    static final String TEXTS = "org.partnerhub.notification.texts";

    static NotificationMail of(PartnerUser user, NotificationKind kind, String link) {
        Locale locale = user.getPreferredLanguage().locale();
        // No fallback to the server's own language: English is the base bundle.
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, NotificationMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String what = texts.getString("kind." + kind.name());
        String subject = new MessageFormat(texts.getString("mail.subject"), locale).format(new Object[] {what});
        String body = Settings.PUBLIC_URL.value()
                .map(base -> format(texts, "mail.body", locale, user.getDisplayName(), what,
                        base.replaceAll("/+$", "") + link))
                .orElseGet(() -> format(texts, "mail.body.noLink", locale, user.getDisplayName(), what));
        return new NotificationMail(subject, body);
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
