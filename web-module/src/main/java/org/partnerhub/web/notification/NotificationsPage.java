package org.partnerhub.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.partnerhub.notification.NotificationRow;
import org.partnerhub.notification.NotificationService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.KeysetPages;
import org.partnerhub.web.shell.Messages;

/**
 * The user's notifications, newest first a page at a time: opening one marks it read and goes
 * where it is acted on; Mark all read clears the bell.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    @Inject
    NotificationService notifications;

    private final KeysetPages<NotificationRow> pages =
            new KeysetPages<>((continuation, size) -> notifications.page(continuation, size));
    private boolean emailAvailable;
    private boolean byEmail;

    @PostConstruct
    void init() {
        pages.first();
        emailAvailable = notifications.isEmailAvailable();
        byEmail = emailAvailable && notifications.isByEmail();
    }

    /** The user's choice to get its notifications by email too, saved as it is ticked. */
    public void saveByEmail() {
        try {
            notifications.byEmail(byEmail);
            Messages.info(byEmail ? "notifications.byEmail.on" : "notifications.byEmail.off");
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
    }

    public boolean isEmailAvailable() {
        return emailAvailable;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }

    public void open(NotificationRow row) throws IOException {
        try {
            String link = notifications.open(row.id());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + link);
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
            pages.reload();
        }
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        Messages.info("notifications.markedRead", marked);
        pages.reload();
    }

    public KeysetPages<NotificationRow> getPages() {
        return pages;
    }
}
