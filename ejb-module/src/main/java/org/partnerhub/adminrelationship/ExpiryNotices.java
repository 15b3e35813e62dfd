package org.partnerhub.adminrelationship;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partnerhub.audit.Summary;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.Notifications;
import org.partnerhub.relationship.ActiveRelationships;

/**
 * Tells each partner, once, that an admin relationship ends within 30 days without extending
 * itself, so that it asks the customer for a new one in time. Hourly, on every server of a
 * cluster: a relationship told by one server is marked (its version column makes a second
 * server's run fail and tell nobody twice).
 */
@Singleton
@DenyAll
public class ExpiryNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    /** The container's timer calls this without a caller, which the class-level @DenyAll would refuse. */
    @PermitAll
    @Schedule(minute = "17", hour = "*", persistent = false)
    public void tellPartners() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        // Only a partner that still serves the customer, as Home's list: another could not act.
        em.createQuery("""
                        select a from AdminRelationship a join fetch a.partner join fetch a.customer
                        where a.status = 'ACTIVE' and a.expiryNoticedAt is null
                          and a.endsAt > :now and a.endsAt <= :soon
                          and exists (select r.id from ResellerRelationship r
                                      where r.partner = a.partner and r.customer = a.customer and %s)"""
                        .formatted(ActiveRelationships.condition("r")), AdminRelationship.class)
                .setParameter("now", now)
                .setParameter("soon", now.plus(AdminRelationship.EXPIRING_WITHIN))
                .getResultList().stream()
                .filter(relationship -> relationship.noticeExpiry(now))
                .forEach(relationship -> notifications.toAdmins(relationship.getPartner(),
                        NotificationKind.ADMIN_RELATIONSHIP_EXPIRING,
                        Summary.of("customer", relationship.getCustomer().getCompanyName())
                                .and("relationshipName", relationship.getName())
                                .and("endsOn", relationship.endsAtAsOf(now).toLocalDate()),
                        "/customer/account.xhtml?customer=" + relationship.getCustomer().getId() + "&tab=3"));
    }
}
