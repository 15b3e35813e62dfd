package org.partnerhub.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.partnerhub.security.Roles;

/**
 * The caller behind the current call, found from the container's caller principal: a partner
 * user signed in to the pages, or an API client with a bearer token. This is how every service
 * knows its tenant: it never takes a partner id from the caller.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class CurrentUser {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    ResolvedCallers resolvedCallers;

    /** The active caller, managed in the caller's transaction. */
    public Caller require() {
        String name = principalName();
        if (name.startsWith(ApiClient.PRINCIPAL_PREFIX)) {
            return em.createQuery("select c from ApiClient c join fetch c.partner"
                            + " where c.clientId = :clientId and c.active = true", ApiClient.class)
                    .setParameter("clientId", name.substring(ApiClient.PRINCIPAL_PREFIX.length()))
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new EJBAccessException("The caller is not an active API client"));
        }
        return requireUser();
    }

    /** The signed-in, active person: what only a person does (its own language, its profile). */
    public PartnerUser requireUser() {
        return em.createQuery("select u from PartnerUser u where u.email = :email and u.active = true",
                        PartnerUser.class)
                .setParameter("email", PartnerUser.normalizedEmail(principalName()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EJBAccessException("The caller is not an active partner user"));
    }

    /**
     * The caller's partner: its tenant, found once per request ({@link ResolvedCallers}), as one
     * number: reading the whole caller and then its partner took two queries and a tenth of
     * a page's time under load (bench/load.sh, JFR).
     */
    public long partnerId() {
        String name = principalName();
        return resolvedCallers.partnerId(name, () -> {
            boolean apiClient = name.startsWith(ApiClient.PRINCIPAL_PREFIX);
            return em.createQuery(apiClient
                            ? "select c.partner.id from ApiClient c where c.clientId = :name and c.active = true"
                            : "select u.partner.id from PartnerUser u where u.email = :name and u.active = true",
                            Long.class)
                    .setParameter("name", apiClient ? name.substring(ApiClient.PRINCIPAL_PREFIX.length())
                            : PartnerUser.normalizedEmail(name))
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new EJBAccessException("The caller is not an active partner user or API client"));
        });
    }

    private String principalName() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }
}
