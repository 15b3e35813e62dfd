package org.partnerhub.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.partnerhub.notification.NotificationService;

/**
 * The top bar's bell: how many of the user's notifications are unread, asked once per page.
 * Application-scoped, with the count kept for the request among the Faces context's attributes:
 * every page draws the bell, and a request-scoped bean was made for each page.
 */
@Named
@ApplicationScoped
public class NotificationBell {

    private static final String UNREAD = NotificationBell.class.getName() + ".unread";

    @Inject
    NotificationService notifications;

    public long getUnread() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        return (Long) request.computeIfAbsent(UNREAD, key -> notifications.unreadCount());
    }
}
