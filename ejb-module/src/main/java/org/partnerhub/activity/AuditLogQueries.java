package org.partnerhub.activity;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;

/** Reads the signed-in partner's audit log, newest first. */
@Stateless
@DenyAll
public class AuditLogQueries {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public List<AuditEntry> latest(@Min(1) @Max(200) int count) {
        return em.createQuery("""
                        select e from AuditEvent e
                        where e.partnerId = :partner
                        order by e.occurredAt desc, e.id desc""", AuditEvent.class)
                .setParameter("partner", currentUser.partnerId())
                .setMaxResults(count)
                .getResultList().stream()
                .map(AuditEvent::toEntry)
                .toList();
    }
}
