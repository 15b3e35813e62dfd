package org.partnerhub.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.notification.NotificationService;

/** The top bar's bell: how many of the user's notifications are unread, asked once per page. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
