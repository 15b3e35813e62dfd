package org.partnerhub.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.UniqueViolation;

/**
 * Domain prefixes are unique across all partners' customers. Whoever makes a customer (a partner,
 * or a customer accepting an invitation) checks first for a clear message, and lets the unique
 * constraint decide a race with another submission of the same prefix.
 */
@ApplicationScoped
public class DomainPrefixes {

    @PersistenceContext
    EntityManager em;

    public boolean available(String prefix) {
        return em.createQuery("select c.id from Customer c where c.domainPrefix = :prefix", Long.class)
                .setParameter("prefix", Customer.normalizedDomainPrefix(prefix))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Refuses a new customer whose prefix another customer has. */
    public void refuseTaken(Customer customer) {
        if (!available(customer.getDomainPrefix())) {
            throw taken(customer);
        }
    }

    /** Flushes; the loser of a race gets the same message as if the prefix had been taken before. */
    public void flushRefusingTaken(Customer customer) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!UniqueViolation.causes(e)) {
                throw e;
            }
            throw taken(customer);
        }
    }

    private static BusinessException taken(Customer customer) {
        return new BusinessException("customer.domainPrefix.taken", "domainPrefix", customer.domain());
    }
}
