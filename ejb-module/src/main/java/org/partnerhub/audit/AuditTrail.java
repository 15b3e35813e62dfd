package org.partnerhub.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * How every capability records what was done: one call, in the caller's transaction, so an
 * event is kept exactly when the change it describes is. The services call it themselves rather
 * than through JPA listeners (unreliable in EARs), and each knows best what to say.
 */
@ApplicationScoped
public class AuditTrail {

    /**
     * The actor of what a customer did through a link without signing in (declining an
     * invitation): nobody known by name. Pages show it as "the customer (through the link)".
     */
    public static final String CUSTOMER_THROUGH_LINK = "customer";

    @PersistenceContext
    EntityManager em;

    /** What the actor did, kept in its own partner's log. */
    public void record(Actor actor, AuditAction action, String target, Summary summary) {
        record(actor, action, AuditTarget.named(target), summary);
    }

    /** The same, about a customer, a subscription or a referral, by id: the log finds and opens it. */
    public void record(Actor actor, AuditAction action, AuditTarget target, Summary summary) {
        record(actor.actorName(), actor.actorPartnerId(), action, target, summary);
    }

    /**
     * What someone did that the given partner's log keeps: a customer admin buying through a
     * partner, a failed sign-in of a partner's user. A null partner keeps it in no partner's log.
     */
    public void record(String actorName, Long partnerId, AuditAction action, String target, Summary summary) {
        record(actorName, partnerId, action, AuditTarget.named(target), summary);
    }

    /** The same, about a customer, a subscription or a referral, by id. */
    public void record(String actorName, Long partnerId, AuditAction action, AuditTarget target, Summary summary) {
        em.persist(new AuditEvent(actorName, partnerId, action, target, summary));
    }
}
