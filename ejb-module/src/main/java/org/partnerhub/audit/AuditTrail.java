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

    @PersistenceContext
    EntityManager em;

    /** What the actor did, kept in its own partner's log. */
    public void record(Actor actor, AuditAction action, String target, String summary) {
        record(actor.actorName(), actor.actorPartnerId(), action, target, summary);
    }

    /**
     * What someone did that the given partner's log keeps: a customer admin buying through a
     * partner, a failed sign-in of a partner's user. A null partner keeps it in no partner's log.
     */
    public void record(String actorName, Long partnerId, AuditAction action, String target, String summary) {
        em.persist(new AuditEvent(actorName, partnerId, action, target, summary));
    }
}
