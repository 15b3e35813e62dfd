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
        EndingSoon.query(em, "a.expiryNoticedAt is null", now)
                .getResultList().stream()
                .filter(relationship -> relationship.noticeExpiry(now))
                .forEach(relationship -> notifications.toAdmins(relationship.getPartner(),
                        NotificationKind.ADMIN_RELATIONSHIP_EXPIRING,
                        Summary.of("customer", relationship.getCustomer().getCompanyName())
                                .and("relationshipName", relationship.getName())
                                .and("endsOn", relationship.endsAtAsOf(now).toLocalDate()),
                        relationship.accountTab()));
    }
}
