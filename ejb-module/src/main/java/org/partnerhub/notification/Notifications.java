package org.partnerhub.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.mail.MailSettings;
import org.partnerhub.mail.Outbox;
import org.partnerhub.partner.Partner;

/**
 * How every capability tells a partner's users what to act on: one call, in the caller's
 * transaction, so a notification exists exactly when the change it is about does (a rolled-back
 * change leaves none), as audit events do. A notification is made for each active user who may
 * act on it, and an email as well for a user who asked for its notifications by email.
 */
@ApplicationScoped
public class Notifications {

    /** Who answers partnerships, transfers, invitations and admin relationships: the services' own roles. */
    private static final Set<PartnerRole> ADMINS = EnumSet.of(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT);

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings mailSettings;

    @Inject
    Outbox outbox;

    /** For the partner's Global admins and Admin agents. */
    public void toAdmins(Partner partner, NotificationKind kind, Summary what, String link) {
        toRoles(partner, ADMINS, kind, what, link);
    }

    /** For the partner's users in any of these roles: those who may act on it (Sales agents work leads, say). */
    public void toRoles(Partner partner, Set<PartnerRole> roles, NotificationKind kind, Summary what, String link) {
        LocalDateTime now = now();
        em.createQuery("""
                        select distinct u from PartnerUser u join u.roles r
                        where u.partner = :partner and u.active = true and r in :roles""", PartnerUser.class)
                .setParameter("partner", partner)
                .setParameter("roles", roles)
                .getResultList()
                .forEach(user -> notify(user, kind, what, link, now));
    }

    /** For one user of the partner, by the email the user signs in with (who started an import, say), if still active. */
    public void toUser(long partnerId, String email, NotificationKind kind, Summary what, String link) {
        em.createQuery("""
                        select u from PartnerUser u
                        where u.partner.id = :partner and u.email = :email and u.active = true""", PartnerUser.class)
                .setParameter("partner", partnerId)
                .setParameter("email", PartnerUser.normalizedEmail(email))
                .getResultStream()
                .findFirst()
                .ifPresent(user -> notify(user, kind, what, link, now()));
    }

    /** The notification, and an email too for a user who asked for one when Partner Hub sends email. */
    private void notify(PartnerUser user, NotificationKind kind, Summary what, String link, LocalDateTime now) {
        em.persist(new Notification(user, kind, what, link, now));
        if (user.isNotifyByEmail() && mailSettings.isConfigured()) {
            NotificationMail mail = NotificationMail.of(user, kind, link);
            outbox.queue(user.getPartner().getId(), user.getEmail(), mail.subject(), mail.body(), "Partner Hub");
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
