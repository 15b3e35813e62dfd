package org.partnerhub.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.mail.MailSettings;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.NewestFirst;

/**
 * The signed-in user's own notifications: how many are unread (the bell on every page), the
 * list newest first a page at a time, opening one (read, and where to act) and marking all read.
 * Another user's notification is "not found", whoever's partner it is. Reading is the user's own
 * view of things, not a change to the partner's data: it is not audited.
 */
@Stateless
@DenyAll
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Continuations continuations;

    @Resource
    SessionContext context;

    @Inject
    MailSettings mailSettings;

    /** One query per page, by the signed-in email: the bell costs no lookup of the user first. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public long unreadCount() {
        return em.createQuery("""
                        select count(n) from Notification n
                        where n.user.email = :email and n.readAt is null""", Long.class)
                .setParameter("email", PartnerUser.normalizedEmail(context.getCallerPrincipal().getName()))
                .getSingleResult();
    }

    /** The user's notifications, newest first, from where the continuation says the last page ended. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public KeysetPage<NotificationRow> page(String continuation, @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        PartnerUser me = currentUser.requireUser();
        NewestFirst page = NewestFirst.resume(continuations, continuation, "user " + me.getId(), List.of());
        List<NotificationRow> found = page.bind(em.createQuery("select n from Notification n where n.user = :me"
                        + page.after("n.createdAt", "n.id") + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("me", me), size)
                .getResultList().stream().map(Notification::toRow).toList();
        return page.page(found, size, NotificationRow::createdAt, NotificationRow::id);
    }

    /** Marks the notification read and answers the page where it is acted on. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public String open(long notificationId) {
        PartnerUser me = currentUser.requireUser();
        Notification notification = em.find(Notification.class, notificationId, LockModeType.PESSIMISTIC_WRITE);
        if (notification == null || !notification.isFor(me.getId())) {
            throw BusinessException.of("notification.notFound");
        }
        notification.read(now());
        return notification.getLink();
    }

    /** Marks every unread notification of the user read; answers how many were unread. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public int markAllRead() {
        PartnerUser me = currentUser.requireUser();
        return em.createQuery("update Notification n set n.readAt = :now where n.user = :me and n.readAt is null")
                .setParameter("now", now())
                .setParameter("me", me)
                .executeUpdate();
    }

    /** Whether the user may ask for its notifications by email: Partner Hub sends email here. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public boolean isEmailAvailable() {
        return mailSettings.isConfigured();
    }

    /** Whether the user gets its notifications by email too. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public boolean isByEmail() {
        return currentUser.requireUser().isNotifyByEmail();
    }

    /** The user's own choice, like its language: not the partner's data, so not audited. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public void byEmail(boolean byEmail) {
        if (byEmail && !mailSettings.isConfigured()) {
            throw BusinessException.of("mail.notConfigured");
        }
        currentUser.requireUser().notifyByEmail(byEmail);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
