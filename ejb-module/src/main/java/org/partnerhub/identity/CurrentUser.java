package org.partnerhub.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.partnerhub.security.Roles;

/**
 * The partner user behind the current call, found from the container's caller principal. This
 * is how every service knows its tenant: it never takes a partner id from the caller.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class CurrentUser {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    /** The signed-in, active user, managed in the caller's transaction. */
    public PartnerUser require() {
        Principal principal = session.getCallerPrincipal();
        String email = principal == null ? null : PartnerUser.normalizedEmail(principal.getName());
        return em.createQuery("select u from PartnerUser u where u.email = :email and u.active = true",
                        PartnerUser.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EJBAccessException("The caller is not an active partner user"));
    }

    public long partnerId() {
        return require().getPartner().getId();
    }
}
