package org.partnerhub.customeruser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnerhub.subscription.AssignedLicenses;

/** Counts the licenses of a subscription that users hold, for the subscription rules below. */
@ApplicationScoped
public class LicenseAssignments implements AssignedLicenses {

    @PersistenceContext
    EntityManager em;

    @Override
    public int of(long subscriptionId) {
        return em.createQuery("select count(a) from LicenseAssignment a where a.subscription.id = :subscription",
                        Long.class)
                .setParameter("subscription", subscriptionId)
                .getSingleResult().intValue();
    }
}
